import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { LessThan } from 'typeorm';
import { Clock } from '../../common/clock';
import { Transactions } from '../../database/transactions';
import { KeptPost } from './kept-post.entity';

/** How long a kept post waits for its author, and how many of one author's are kept. */
const KEPT_FOR_MS = 7 * 24 * 3_600_000;
const KEPT_PER_USER = 10;

/** Form posts that came after their session ended, kept until their author signs in again and takes them. */
@Injectable()
export class KeptPostsService {
  constructor(
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  /** Keeps a post of `userId`'s; returns its id. Only the newest few of a user are kept, each for a week. */
  async keep(userId: string, path: string, body: Record<string, unknown>): Promise<string> {
    const id = randomUUID();
    const now = this.clock.now();
    const fields = Object.fromEntries(
      Object.entries(body).filter(
        (entry): entry is [string, string | string[]] =>
          entry[0] !== '_csrf' && (typeof entry[1] === 'string' || Array.isArray(entry[1])),
      ),
    );
    await this.transactions.run(async (manager) => {
      await manager.delete(KeptPost, { createdAt: LessThan(new Date(now.getTime() - KEPT_FOR_MS)) });
      const older = await manager.find(KeptPost, {
        where: { userId },
        order: { createdAt: 'DESC' },
        skip: KEPT_PER_USER - 1,
        select: { id: true },
      });
      if (older.length > 0)
        await manager.delete(
          KeptPost,
          older.map((p) => p.id),
        );
      await manager.insert(KeptPost, { id, userId, path: path.slice(0, 500), fields, createdAt: now });
    });
    return id;
  }

  /** Takes the user's kept post: it is given once, then gone; null when there is none of theirs by that id. */
  async take(userId: string, id: string): Promise<KeptPost | null> {
    return this.transactions.run(async (manager) => {
      const post = await manager.findOneBy(KeptPost, { id, userId });
      if (post) await manager.delete(KeptPost, { id });
      return post;
    });
  }
}
