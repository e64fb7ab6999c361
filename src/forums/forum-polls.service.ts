import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { invalid, notFound } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { UsersService } from '../users/users.service';
import type { AnswerHiddenDto, CreatePollDto } from './dto/poll.dto';
import { ForumAnswer } from './forum-answer.entity';
import { ForumLiveRepository } from './forum-live.repository';
import { ForumPoll, PollState } from './forum-poll.entity';
import type { Forum } from './forum.entity';
import { ForumsService } from './forums.service';
import { ForumBus } from './live/forum-bus';
import { MAX_POLLS, pollErrors, pollOf } from './poll-rules';
import { PollView, toPollView } from './poll.view';
import { forumAuditEntry } from './forum-audit';

/** Who has joined a forum: the signed-in users by name, the guests as a number only. */
export interface ParticipantsView {
  guests: number;
  members: { name: string; role: string; municipalityCode: string | null }[];
}

/**
 * The facilitator's side of a forum's live polls: its coordinators write them and open and close each in turn, one
 * open at a time, and hide open-text answers from the presenter view; its staff read the results.
 */
@Injectable()
export class ForumPollsService {
  constructor(
    private readonly forums: ForumsService,
    private readonly live: ForumLiveRepository,
    private readonly users: UsersService,
    private readonly bus: ForumBus,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  async list(actor: Actor, forumId: string): Promise<PollView[]> {
    const forum = await this.forums.readable(actor, forumId);
    return this.pollsOf(forum, true);
  }

  /** Every poll of the forum with its results; `moderating` adds the open-text answers with their hidden flags. */
  async pollsOf(forum: Forum, moderating: boolean): Promise<PollView[]> {
    const polls = await this.live.pollsOf(forum.id);
    const answers = await this.live.answersOf(polls.map((p) => p.id));
    return polls.map((p) => toPollView(p, answers.get(p.id) ?? [], moderating));
  }

  /** One poll with its results, as the live views show it after a change. */
  async pollOf(forum: Forum, pollId: string, moderating: boolean): Promise<PollView | null> {
    const poll = await this.live.poll(forum.id, pollId);
    if (!poll) return null;
    const answers = await this.live.answersOf([poll.id]);
    return toPollView(poll, answers.get(poll.id) ?? [], moderating);
  }

  async create(actor: Actor, forumId: string, dto: CreatePollDto): Promise<PollView> {
    const forum = await this.forums.runnable(actor, forumId);
    const definition = {
      kind: dto.kind,
      options: dto.options ?? [],
      steps: dto.steps,
      maxChoices: dto.maxChoices,
    };
    const errors = pollErrors(definition);
    if (errors.length > 0) throw invalid(errors);
    const poll = pollOf(definition);
    const row = await this.transactions.run(async (manager) => {
      const count = await this.live.countPolls(forum.id, manager);
      if (count >= MAX_POLLS)
        throw invalid([{ path: 'forum', code: 'max_items', params: { max: MAX_POLLS } }]);
      const created = manager.getRepository(ForumPoll).create({
        id: randomUUID(),
        forumId: forum.id,
        position: count + 1,
        kind: poll.kind,
        question: dto.question.trim(),
        options: poll.options,
        steps: poll.steps,
        maxChoices: poll.maxChoices,
        state: 'draft',
        openedAt: null,
        closedAt: null,
        createdBy: actor.id,
        createdAt: this.clock.now(),
      });
      await manager.insert(ForumPoll, created);
      await this.record(actor, forum, 'forum.poll_create', created.id, manager);
      return created;
    });
    await this.bus.publish({ forumId: forum.id, type: 'polls' });
    return toPollView(row, [], true);
  }

  /** Opens the poll for answers; the poll open before it closes, since the phones show one question at a time. */
  open(actor: Actor, forumId: string, pollId: string): Promise<PollView> {
    return this.move(actor, forumId, pollId, 'open');
  }

  /** Closes the poll: its answers stay, and no more are taken until it is opened again. */
  close(actor: Actor, forumId: string, pollId: string): Promise<PollView> {
    return this.move(actor, forumId, pollId, 'closed');
  }

  /** Takes an open-text answer off the presenter view, or puts it back; it stays in the facilitator's list. */
  async setHidden(
    actor: Actor,
    forumId: string,
    pollId: string,
    answerId: string,
    dto: AnswerHiddenDto,
  ): Promise<PollView> {
    const forum = await this.forums.runnable(actor, forumId);
    const poll = await this.live.poll(forum.id, pollId);
    if (!poll) throw notFound('not_found.forum_poll');
    const answer = await this.live.answerById(poll.id, answerId);
    if (!answer || poll.kind !== 'openText') throw notFound('not_found.forum_answer');
    await this.transactions.run(async (manager) => {
      await manager.update(ForumAnswer, { id: answer.id }, { hidden: dto.hidden });
      await this.record(
        actor,
        forum,
        dto.hidden ? 'forum.answer_hide' : 'forum.answer_show',
        poll.id,
        manager,
      );
    });
    await this.bus.publish({ forumId: forum.id, type: 'answers', pollId: poll.id });
    return (await this.pollOf(forum, poll.id, true))!;
  }

  async participants(actor: Actor, forumId: string): Promise<ParticipantsView> {
    const forum = await this.forums.readable(actor, forumId);
    const rows = await this.live.participantsOf(forum.id);
    const users = await this.users.findByIds(rows.flatMap((r) => (r.userId ? [r.userId] : [])));
    return {
      guests: rows.filter((r) => r.userId === null).length,
      members: users
        .map((u) => ({ name: u.name, role: u.role, municipalityCode: u.municipalityCode }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    };
  }

  private async move(actor: Actor, forumId: string, pollId: string, to: PollState): Promise<PollView> {
    const forum = await this.forums.runnable(actor, forumId);
    const poll = await this.live.poll(forum.id, pollId);
    if (!poll) throw notFound('not_found.forum_poll');
    if (poll.state !== to) {
      const now = this.clock.now();
      await this.transactions.run(async (manager) => {
        if (to === 'open')
          await manager.update(
            ForumPoll,
            { forumId: forum.id, state: 'open' },
            { state: 'closed', closedAt: now },
          );
        await manager.update(
          ForumPoll,
          { id: poll.id },
          to === 'open'
            ? { state: 'open', openedAt: now, closedAt: null }
            : { state: 'closed', closedAt: now },
        );
        await this.record(
          actor,
          forum,
          to === 'open' ? 'forum.poll_open' : 'forum.poll_close',
          poll.id,
          manager,
        );
      });
      await this.bus.publish({ forumId: forum.id, type: 'polls' });
    }
    return (await this.pollOf(forum, poll.id, true))!;
  }

  private record(
    actor: Actor,
    forum: Forum,
    action: string,
    pollId: string,
    manager: Parameters<AuditService['record']>[1],
  ): Promise<void> {
    return this.audit.record(forumAuditEntry(actor, forum, action, { poll: pollId }), manager);
  }
}
