import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import { Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';

/** What changed in a forum: its polls (one made, opened or closed), the answers to one poll, or its shared texts. */
export type ForumChange =
  | { forumId: string; type: 'polls' }
  | { forumId: string; type: 'answers'; pollId: string }
  | { forumId: string; type: 'texts'; kind: string; scope: string };

/** The channel every instance LISTENs on; written out in the LISTEN statement too. */
const CHANNEL = 'lagesbild_forum';
const RECONNECT_MS = 1000;
/** The listening connection's name in pg_stat_activity. */
export const LISTENER_NAME = 'lagesbild-forum-listener';

function parsed(payload: string | undefined): ForumChange | null {
  try {
    const change = JSON.parse(payload ?? '') as ForumChange;
    return typeof change.forumId === 'string' && typeof change.type === 'string' ? change : null;
  } catch {
    return null;
  }
}

/**
 * Tells every instance's live views what changed in a forum. On SQLite, where one process owns the database, the
 * news stays in the process; on PostgreSQL it goes out with NOTIFY and comes back to every instance, this one too,
 * through a connection of its own that LISTENs. After that connection is lost and made again, every forum watched
 * here hears that its polls and texts changed, so that nothing missed meanwhile stays unseen.
 */
@Injectable()
export class ForumBus implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ForumBus.name);
  private readonly local = new EventEmitter().setMaxListeners(0);
  private listener: Client | null = null;
  private stopping = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  private get shared(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  async onModuleInit(): Promise<void> {
    if (this.shared) await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.retry) clearTimeout(this.retry);
    this.local.emit('stop');
    await this.listener?.end().catch(() => undefined);
  }

  /** Says that something changed; called after the change is committed. */
  async publish(change: ForumChange): Promise<void> {
    if (!this.shared) {
      this.local.emit(change.forumId, change);
      return;
    }
    await this.dataSource.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(change)]);
  }

  /** The forum's changes as they happen here, until the subscriber leaves or the service stops. */
  changes(forumId: string): Observable<ForumChange> {
    return new Observable<ForumChange>((subscriber) => {
      const next = (change: ForumChange) => subscriber.next(change);
      const stop = () => subscriber.complete();
      this.local.on(forumId, next);
      this.local.once('stop', stop);
      return () => {
        this.local.off(forumId, next);
        this.local.off('stop', stop);
      };
    });
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: LISTENER_NAME,
    });
    client.on('notification', (message) => {
      const change = message.channel === CHANNEL ? parsed(message.payload) : null;
      if (change) this.local.emit(change.forumId, change);
    });
    client.on('error', (error) => {
      this.logger.warn(`Forum notifications lost: ${error.message}`);
      void client.end().catch(() => undefined);
    });
    client.on('end', () => {
      if (this.listener === client) this.listener = null;
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query('LISTEN lagesbild_forum');
    this.listener = client;
  }

  private scheduleReconnect(): void {
    if (this.stopping || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.reconnect();
    }, RECONNECT_MS).unref();
  }

  private async reconnect(): Promise<void> {
    if (this.stopping || this.listener) return;
    try {
      await this.listen();
      for (const forumId of this.local.eventNames())
        if (typeof forumId === 'string' && forumId !== 'stop') {
          this.local.emit(forumId, { forumId, type: 'polls' });
          this.local.emit(forumId, { forumId, type: 'texts', kind: '*', scope: '*' });
        }
    } catch (error) {
      this.logger.warn(`Forum notifications not back yet: ${(error as Error).message}`);
      this.scheduleReconnect();
    }
  }
}
