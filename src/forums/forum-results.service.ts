import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Actor } from '../access/actor';
import { ForumPollsService } from './forum-polls.service';
import { ForumResult, forumResultOf } from './forum-results';
import { ForumTextsService } from './forum-texts.service';
import { Forum } from './forum.entity';
import { ForumsService } from './forums.service';

/** The round a county picture is of, as far as its forums go: its county and period. */
export interface RoundScope {
  id: string;
  countyCode: string;
  periodStart: string;
  periodEnd: string;
}

/** Inclusive dates compared with instants: the period's last day counts whole, in Swedish time or not. */
const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

/** What the county's forums gave, for its county picture and for each forum's own report. */
@Injectable()
export class ForumResultsService {
  constructor(
    @InjectRepository(Forum) private readonly forumRows: Repository<Forum>,
    private readonly forums: ForumsService,
    private readonly polls: ForumPollsService,
    private readonly texts: ForumTextsService,
  ) {}

  /**
   * The forums of a round's picture, the earliest first: those held for the round, with their notes on each
   * municipality; and those of the county held for no round within its period, with their themes and polls only.
   */
  async ofRound(round: RoundScope): Promise<ForumResult[]> {
    const forums = (
      await this.forumRows.find({ where: { countyCode: round.countyCode }, order: { startsAt: 'ASC' } })
    ).filter(
      (f) =>
        f.roundId === round.id ||
        (f.roundId === null &&
          dayOf(f.startsAt) >= round.periodStart &&
          dayOf(f.startsAt) <= round.periodEnd),
    );
    const results: ForumResult[] = [];
    for (const forum of forums) results.push(await this.resultOf(forum, forum.roundId === round.id));
    return results;
  }

  /** One forum's result, for its county's staff. */
  async ofForum(actor: Actor, forumId: string): Promise<ForumResult> {
    return this.resultOf(await this.forums.readable(actor, forumId), true);
  }

  private async resultOf(forum: Forum, withNotes: boolean): Promise<ForumResult> {
    const [polls, notes] = await Promise.all([
      this.polls.pollsOf(forum, false),
      withNotes ? this.texts.textsOf(forum.id, 'note') : Promise.resolve([]),
    ]);
    return forumResultOf({
      forum: { ...forum, startsAt: forum.startsAt.toISOString() },
      polls,
      notes,
    });
  }
}
