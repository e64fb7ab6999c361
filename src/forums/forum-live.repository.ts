import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ForumAnswer } from './forum-answer.entity';
import { ForumParticipant } from './forum-participant.entity';
import { ForumPoll } from './forum-poll.entity';

/** A participant as the facilitator's list shows them: a guest has no user. */
export interface ParticipantRow {
  userId: string | null;
  joinedAt: Date;
}

/** The queries of a forum's live part: its polls, their answers and its participants. */
@Injectable()
export class ForumLiveRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  pollsOf(forumId: string): Promise<ForumPoll[]> {
    return this.dataSource.getRepository(ForumPoll).find({ where: { forumId }, order: { position: 'ASC' } });
  }

  poll(forumId: string, pollId: string): Promise<ForumPoll | null> {
    return this.dataSource.getRepository(ForumPoll).findOneBy({ forumId, id: pollId });
  }

  openPoll(forumId: string): Promise<ForumPoll | null> {
    return this.dataSource.getRepository(ForumPoll).findOneBy({ forumId, state: 'open' });
  }

  countPolls(forumId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.getRepository(ForumPoll).countBy({ forumId });
  }

  /** The answers to each of the polls, in the order given. */
  async answersOf(pollIds: string[]): Promise<Map<string, ForumAnswer[]>> {
    const byPoll = new Map(pollIds.map((id) => [id, [] as ForumAnswer[]]));
    if (pollIds.length === 0) return byPoll;
    const answers = await this.dataSource
      .getRepository(ForumAnswer)
      .createQueryBuilder('a')
      .where('a.poll_id IN (:...pollIds)', { pollIds })
      .orderBy('a.answered_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    for (const answer of answers) byPoll.get(answer.pollId)?.push(answer);
    return byPoll;
  }

  answer(pollId: string, participantId: string): Promise<ForumAnswer | null> {
    return this.dataSource.getRepository(ForumAnswer).findOneBy({ pollId, participantId });
  }

  answerById(pollId: string, id: string): Promise<ForumAnswer | null> {
    return this.dataSource.getRepository(ForumAnswer).findOneBy({ pollId, id });
  }

  participantByToken(tokenHash: string): Promise<ForumParticipant | null> {
    return this.dataSource.getRepository(ForumParticipant).findOneBy({ tokenHash });
  }

  memberOf(forumId: string, userId: string): Promise<ForumParticipant | null> {
    return this.dataSource.getRepository(ForumParticipant).findOneBy({ forumId, userId });
  }

  countParticipants(forumId: string): Promise<number> {
    return this.dataSource.getRepository(ForumParticipant).countBy({ forumId });
  }

  participantsOf(forumId: string): Promise<ParticipantRow[]> {
    return this.dataSource
      .getRepository(ForumParticipant)
      .find({ where: { forumId }, select: { userId: true, joinedAt: true }, order: { joinedAt: 'ASC' } });
  }
}
