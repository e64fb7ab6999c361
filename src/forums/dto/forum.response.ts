import { ApiProperty } from '@nestjs/swagger';
import { ListOf, Nested, Nullable, OneOf } from '../../common/api-docs';
import type { AgendaQuestion, ForumGroup, Words } from '../forum-rules';
import { GROUPINGS, Grouping } from '../forum.entity';
import type { ForumView } from '../forum.view';

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
