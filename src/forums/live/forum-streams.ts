import { Injectable, MessageEvent } from '@nestjs/common';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { AppConfig } from '../../config/app-config';
import {
  asyncScheduler,
  concatMap,
  defer,
  filter,
  finalize,
  groupBy,
  interval,
  map,
  merge,
  mergeMap,
  Observable,
  of,
  takeUntil,
  throttleTime,
} from 'rxjs';
import type { Forum } from '../forum.entity';
import type { ForumParticipant } from '../forum-participant.entity';
import { ForumPollsService } from '../forum-polls.service';
import { ParticipationService } from '../participation.service';
import { ForumBus, ForumChange } from './forum-bus';

/** A burst of changes of one kind reaches a view at most this often, the last one always. */
export const COALESCE_MS = 100;
/** A comment-like event this often keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 25_000;

/** What a live view shows next: polls, one poll's results, or texts. */
type ViewOf<T> = (change: ForumChange | null) => Promise<T | null>;

/**
 * The live streams of a forum, sent as Server-Sent Events: the presenter's (every poll when polls change, one poll's
 * results when its answers do) and a participant's (the open poll when it changes). Changes come from the forum's bus,
 * each kind coalesced so that 300 answers in a burst make a handful of updates, never a stale last one.
 */
@Injectable()
export class ForumStreams {
  /** Streams open now on this instance. */
  private open = 0;

  constructor(
    private readonly bus: ForumBus,
    private readonly polls: ForumPollsService,
    private readonly participation: ParticipationService,
    private readonly config: AppConfig,
  ) {}

  /** Refuses a new stream, with 503 and when to try again, while the instance holds as many as it takes. */
  admit(): void {
    if (this.open >= this.config.FORUM_MAX_STREAMS)
      throw new DomainError(ErrorCode.Busy, 'forum.busy', [], { retryAfterSeconds: 5 });
  }

  /** The presenter view's and the facilitator's stream: `polls` at once and when they change, `results` as answers come. */
  presenter(forum: Forum, moderating: boolean): Observable<MessageEvent> {
    return this.stream(forum.id, async (change) => {
      if (change === null || change.type === 'polls')
        return { type: 'polls', data: await this.polls.pollsOf(forum, moderating) };
      if (change.type === 'answers') {
        const poll = await this.polls.pollOf(forum, change.pollId, moderating);
        return poll ? { type: 'results', data: poll } : null;
      }
      return { type: 'texts', data: { kind: change.kind, scope: change.scope } };
    });
  }

  /** A participant's stream: the open poll (or null) at once and whenever polls change. */
  participant(participant: ForumParticipant): Observable<MessageEvent> {
    return this.stream(participant.forumId, async (change) =>
      change === null || change.type === 'polls'
        ? { type: 'poll', data: { poll: await this.participation.openPoll(participant) } }
        : null,
    );
  }

  /** A group room's stream: the room at once and whenever one of its notes or its timer changes. */
  room(forumId: string, groupId: string, read: () => Promise<object>): Observable<MessageEvent> {
    return this.stream(forumId, async (change) =>
      change === null || (change.type === 'texts' && (change.scope === groupId || change.scope === '*'))
        ? { type: 'room', data: await read() }
        : null,
    );
  }

  private stream(forumId: string, view: ViewOf<MessageEvent>): Observable<MessageEvent> {
    this.admit();
    const changes = this.bus.changes(forumId);
    const updates = changes.pipe(
      groupBy((change) => (change.type === 'answers' ? `answers:${change.pollId}` : change.type)),
      mergeMap((kind) =>
        kind.pipe(throttleTime(COALESCE_MS, asyncScheduler, { leading: true, trailing: true })),
      ),
    );
    const ended = new Observable<void>((subscriber) =>
      changes.subscribe({ complete: () => subscriber.next() }),
    );
    const live = merge(
      merge(of(null), updates).pipe(
        // A view that cannot be read now (the database away a moment) skips one update; the next change brings it.
        concatMap((change) => view(change).catch(() => null)),
        filter((event): event is MessageEvent => event !== null),
      ),
      interval(KEEP_ALIVE_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: '' }))),
    ).pipe(takeUntil(ended));
    // Counted while someone listens: from its subscription to its end, however it ends.
    return defer(() => {
      this.open += 1;
      return live.pipe(
        finalize(() => {
          this.open -= 1;
        }),
      );
    });
  }
}
