import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode, invalid, notFound } from '../common/domain-error';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/db-errors';
import { hashToken, newToken } from '../common/tokens';
import { Transactions } from '../database/transactions';
import type { Actor } from '../access/actor';
import type { AnswerDto } from './dto/poll.dto';
import { ForumAnswer } from './forum-answer.entity';
import { ForumLiveRepository } from './forum-live.repository';
import { ForumParticipant } from './forum-participant.entity';
import { joinCodeOf } from './forum-rules';
import { Forum } from './forum.entity';
import { ForumBus } from './live/forum-bus';
import { Answer, answerErrors, PollKind } from './poll-rules';
import { OpenPollView, pollOfRow, toOpenPollView } from './poll.view';

/** The most participants one forum takes: a county's municipalities many times over, and a bound on what joins cost. */
export const MAX_PARTICIPANTS = 1000;

/** A participant's pass to the forum: shown once, at joining; only its hash is kept. */
export interface Joined {
  token: string;
  forum: { id: string; title: string; startsAt: string };
}

/** The answer the poll's kind asks for, from the field of the body that kind uses. */
function answerOf(kind: PollKind, dto: AnswerDto): Answer {
  switch (kind) {
    case 'wordCloud':
      return { kind, words: dto.words ?? [] };
    case 'choice':
    case 'ranking':
      return { kind, optionIds: dto.optionIds ?? [] };
    case 'scale':
      return { kind, value: dto.value ?? 0 };
    case 'openText':
      return { kind, text: dto.text ?? '' };
  }
}

/** The field each kind of answer needs, for a clear error when it is missing. */
const FIELD_OF: Record<PollKind, keyof AnswerDto> = {
  wordCloud: 'words',
  choice: 'optionIds',
  ranking: 'optionIds',
  scale: 'value',
  openText: 'text',
};

/** What is stored of an answer: the words and the text trimmed, nothing else. */
function cleaned(answer: Answer): Answer {
  if (answer.kind === 'wordCloud')
    return { kind: answer.kind, words: answer.words.map((w) => w.trim()).filter(Boolean) };
  if (answer.kind === 'openText') return { kind: answer.kind, text: answer.text.trim() };
  return answer;
}

/**
 * The participants' side of a forum: they join with its code, as guests who stay anonymous or as signed-in users of
 * its county, and answer the open poll from their phones, once each (answering again replaces the answer).
 */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly live: ForumLiveRepository,
    private readonly bus: ForumBus,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Joins the forum whose code was typed. A signed-in user of the forum's county joins as themselves (joining again
   * gives a new pass and ends the old one); anyone else joins as a guest.
   */
  async join(typedCode: string, user: Actor | null): Promise<Joined> {
    const code = joinCodeOf(typedCode);
    const forum = code
      ? await this.transactions.run((manager) => manager.findOneBy(Forum, { joinCode: code }))
      : null;
    if (!forum) throw invalid([{ path: 'joinCode', code: 'join_code_unknown' }]);
    // Staff and reporters carry their county; admins, of no county, join as guests.
    const member = user && user.role !== 'admin' && user.countyCode === forum.countyCode ? user : null;
    if (!member && (await this.live.countParticipants(forum.id)) >= MAX_PARTICIPANTS)
      throw new DomainError(ErrorCode.LimitReached, {
        code: 'forum.full',
        params: { max: MAX_PARTICIPANTS },
      });
    const token = newToken();
    const existing = member ? await this.live.memberOf(forum.id, member.id) : null;
    await this.transactions.run(async (manager) => {
      if (existing)
        await manager.update(ForumParticipant, { id: existing.id }, { tokenHash: hashToken(token) });
      else
        await manager.insert(ForumParticipant, {
          id: randomUUID(),
          forumId: forum.id,
          userId: member?.id ?? null,
          tokenHash: hashToken(token),
          joinedAt: this.clock.now(),
        });
    });
    return { token, forum: { id: forum.id, title: forum.title, startsAt: forum.startsAt.toISOString() } };
  }

  /** The participant a pass belongs to, or 401 when it is no pass (any more). */
  async participant(token: string | undefined): Promise<ForumParticipant> {
    const found = token ? await this.live.participantByToken(hashToken(token)) : null;
    if (!found) throw new DomainError(ErrorCode.Unauthenticated, 'forum.join_first');
    return found;
  }

  async forumOf(participant: ForumParticipant): Promise<Forum> {
    const forum = await this.transactions.run((manager) =>
      manager.findOneBy(Forum, { id: participant.forumId }),
    );
    if (!forum) throw notFound('not_found.forum');
    return forum;
  }

  /** The poll open now, with the participant's answer to it; null between polls. */
  async openPoll(participant: ForumParticipant): Promise<OpenPollView | null> {
    const poll = await this.live.openPoll(participant.forumId);
    if (!poll) return null;
    return toOpenPollView(poll, await this.live.answer(poll.id, participant.id));
  }

  /** Answers the poll, if it is open; a second answer replaces the first and keeps whether it was hidden. */
  async answer(participant: ForumParticipant, pollId: string, dto: AnswerDto): Promise<OpenPollView> {
    const poll = await this.live.poll(participant.forumId, pollId);
    if (!poll) throw notFound('not_found.forum_poll');
    if (poll.state !== 'open') throw new DomainError(ErrorCode.InvalidTransition, 'forum.poll_not_open');
    if (dto[FIELD_OF[poll.kind]] === undefined)
      throw invalid([{ path: FIELD_OF[poll.kind], code: 'required' }]);
    const answer = answerOf(poll.kind, dto);
    const errors = answerErrors(pollOfRow(poll), answer);
    if (errors.length > 0) throw invalid(errors);
    const value = cleaned(answer);
    const now = this.clock.now();
    const write = () =>
      this.transactions.run(async (manager) => {
        const stored = await manager.findOneBy(ForumAnswer, {
          pollId: poll.id,
          participantId: participant.id,
        });
        if (stored) await manager.update(ForumAnswer, { id: stored.id }, { value, answeredAt: now });
        else
          await manager.insert(ForumAnswer, {
            id: randomUUID(),
            pollId: poll.id,
            participantId: participant.id,
            value,
            hidden: false,
            answeredAt: now,
          });
      });
    try {
      await write();
    } catch (error) {
      // The same participant's two answers at once: the second finds the first and replaces it.
      if (!isUniqueViolation(error)) throw error;
      await write();
    }
    await this.bus.publish({ forumId: poll.forumId, type: 'answers', pollId: poll.id });
    return toOpenPollView(poll, { value } as ForumAnswer);
  }
}
