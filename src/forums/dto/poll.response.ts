import { ApiProperty } from '@nestjs/swagger';
import { ListOf, Nullable, OneOf } from '../../common/api-docs';
import { POLL_STATES, PollState } from '../forum-poll.entity';
import type { Joined } from '../participation.service';
import type { ParticipantsView } from '../forum-polls.service';
import { POLL_KINDS, PollKind, PollOption, Tally, TextAnswer } from '../poll-rules';
import type { OpenPollView, PollView } from '../poll.view';
import type { Answer } from '../poll-rules';

export class PollOptionBody implements PollOption {
  @ApiProperty({ example: 'a' }) id!: string;
  @ApiProperty() label!: string;
}

export class TextAnswerBody implements TextAnswer {
  @ApiProperty() id!: string;
  @ApiProperty() text!: string;
  @ApiProperty() hidden!: boolean;
}

const RESULTS = [
  'By kind. wordCloud: { answers, words: [{ word, count }] }, the most frequent first, each word once per participant;',
  'choice: { answers, options: [{ id, label, count }] }; ranking: the same with Borda points, most first;',
  'scale: { answers, steps: [count per step], mean }; openText: { answers, texts: [{ id, text }] }, hidden ones left out.',
].join(' ');

export class PollBody implements PollView {
  @ApiProperty() id!: string;
  @ApiProperty() position!: number;
  @OneOf(POLL_KINDS) kind!: PollKind;
  @ApiProperty() question!: string;
  @ListOf(PollOptionBody) options!: PollOptionBody[];
  @ApiProperty({ description: 'A scale’s steps; 0 for other kinds' }) steps!: number;
  @ApiProperty({ description: 'How many options a choice takes; 0 for other kinds' }) maxChoices!: number;
  @OneOf(POLL_STATES) state!: PollState;
  @Nullable(String, { format: 'date-time' }) openedAt!: string | null;
  @Nullable(String, { format: 'date-time' }) closedAt!: string | null;
  @ApiProperty({ type: Object, description: RESULTS }) results!: Tally;
  @ListOf(TextAnswerBody, { required: false, description: 'Open text: every answer, for the facilitator' })
  texts?: TextAnswerBody[];
}

export class OpenPollBody implements OpenPollView {
  @ApiProperty() id!: string;
  @OneOf(POLL_KINDS) kind!: PollKind;
  @ApiProperty() question!: string;
  @ListOf(PollOptionBody) options!: PollOptionBody[];
  @ApiProperty() steps!: number;
  @ApiProperty() maxChoices!: number;
  @Nullable(Object, { description: 'The participant’s answer, as sent, with its kind' })
  answer!: Answer | null;
}

export class CurrentPollBody {
  @Nullable(OpenPollBody, { description: 'The poll open now; null between polls' })
  poll!: OpenPollView | null;
}

class JoinedForumBody {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
}

export class JoinedBody implements Joined {
  @ApiProperty({ description: 'The pass: send it as X-Participant-Token; it is shown only now' })
  token!: string;
  @ApiProperty({ type: JoinedForumBody }) forum!: JoinedForumBody;
}

class MemberBody {
  @ApiProperty() name!: string;
  @ApiProperty() role!: string;
  @Nullable(String) municipalityCode!: string | null;
}

export class ParticipantsBody implements ParticipantsView {
  @ApiProperty({ description: 'Guests are anonymous: only their number' }) guests!: number;
  @ListOf(MemberBody) members!: MemberBody[];
}
