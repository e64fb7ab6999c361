import { ApiProperty } from '@nestjs/swagger';
import { ListOf, Nested, Nullable, OneOf } from '../../common/api-docs';
import type { AgendaQuestion, ForumGroup, Words } from '../forum-rules';
import { GROUPINGS, Grouping } from '../forum.entity';
import type { ForumView } from '../forum.view';
import type { ForumResult } from '../forum-results';
import { POLL_KINDS, PollKind } from '../poll-rules';

export class WordsBody implements Words {
  @ApiProperty() sv!: string;
  @ApiProperty() en!: string;
}

export class AgendaQuestionBody implements AgendaQuestion {
  @ApiProperty() id!: string;
  @Nested(() => WordsBody) text!: WordsBody;
  @ListOf(String, { description: 'The municipalities whose assessments asked for this theme' })
  askedBy!: string[];
}

export class ForumGroupBody implements ForumGroup {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ListOf(String) municipalityCodes!: string[];
}

export class ForumBody implements ForumView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '07' }) countyCode!: string;
  @Nullable(String) roundId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ListOf(AgendaQuestionBody) agenda!: AgendaQuestionBody[];
  @OneOf(GROUPINGS) grouping!: Grouping;
  @ListOf(ForumGroupBody) groups!: ForumGroupBody[];
  @ApiProperty({ description: 'What participants type to join, six letters and digits' }) joinCode!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class ResultRowBody {
  @ApiProperty() label!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ description: 'The count against the largest of the poll, 0 to 1' }) relative!: number;
  @Nullable(Number, { description: 'For a choice or a scale: the share of those who answered' }) share!:
    number | null;
}

export class PollResultBody {
  @ApiProperty() id!: string;
  @ApiProperty() question!: string;
  @OneOf(POLL_KINDS) kind!: PollKind;
  @ApiProperty() answers!: number;
  @ListOf(ResultRowBody) rows!: ResultRowBody[];
  @Nullable(Number) mean!: number | null;
  @ListOf(String, { description: 'Open text: the answers not hidden' }) texts!: string[];
}

class ForumThemeBody {
  @ApiProperty() text!: string;
  @ListOf(String) askedBy!: string[];
}

class ForumNoteBody {
  @ApiProperty() municipalityCode!: string;
  @ApiProperty() groupName!: string;
  @ApiProperty() text!: string;
}

class ForumSummaryBody {
  @ApiProperty() groupName!: string;
  @ApiProperty() text!: string;
}

/** What a forum gave: its themes, the polls it opened with their results, and its group notes. */
export class ForumResultBody implements ForumResult {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @Nullable(String) roundId!: string | null;
  @ListOf(ForumThemeBody) themes!: ForumThemeBody[];
  @ListOf(String) questions!: string[];
  @ListOf(PollResultBody) polls!: PollResultBody[];
  @ListOf(ForumNoteBody, { description: 'Only for a forum held for the round' }) notes!: ForumNoteBody[];
  @ListOf(ForumSummaryBody) summaries!: ForumSummaryBody[];
}
