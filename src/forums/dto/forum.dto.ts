import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import {
  CodeListField,
  EnumField,
  InstantField,
  IntField,
  ItemIdField,
  NestedField,
  NestedListField,
  says,
  TextField,
} from '../../common/dto-fields';
import { MAX_GROUP_NAME, MAX_GROUPS, MAX_QUESTION_LENGTH, MAX_QUESTIONS } from '../forum-rules';
import { GROUPINGS } from '../forum.entity';

export class WordsDto {
  @TextField(MAX_QUESTION_LENGTH, { required: true })
  sv!: string;

  @TextField(MAX_QUESTION_LENGTH, { required: true })
  en!: string;
}

export class AgendaQuestionDto {
  @ItemIdField({ required: true })
  id!: string;

  @NestedField(() => WordsDto, { required: true })
  text!: WordsDto;
}

export class ForumGroupDto {
  @ItemIdField({ required: true })
  id!: string;

  @TextField(MAX_GROUP_NAME, { required: true })
  name!: string;

  @CodeListField(49, 'The municipality codes of the group, each in one group only')
  municipalityCodes!: string[];
}

export class CreateForumDto {
  @Matches(/^\d{2}$/, says('county_code'))
  @ApiProperty({ example: '07' })
  countyCode!: string;

  @ItemIdField()
  @ApiProperty({
    required: false,
    description: "The round whose results the forum discusses; the county's own",
  })
  roundId?: string;

  @TextField(200, { required: true })
  title!: string;

  @InstantField({ required: true })
  startsAt!: string;

  @EnumField(GROUPINGS, { required: true })
  grouping!: (typeof GROUPINGS)[number];

  @NestedListField(() => ForumGroupDto, MAX_GROUPS)
  @ApiProperty({ required: false, description: 'Only with grouping "manual"' })
  groups?: ForumGroupDto[];
}

export class UpdateForumDto {
  @IntField(1, Number.MAX_SAFE_INTEGER, {
    required: true,
    description: 'The version read: a change to an older one is refused with 409',
  })
  version!: number;

  @TextField(200)
  title?: string;

  @InstantField()
  startsAt?: string;

  @NestedListField(() => AgendaQuestionDto, MAX_QUESTIONS)
  agenda?: AgendaQuestionDto[];

  @NestedListField(() => ForumGroupDto, MAX_GROUPS)
  groups?: ForumGroupDto[];
}

export class ForumListQueryDto {
  @Matches(/^\d{2}$/, says('county_code'))
  @ApiProperty({ example: '07' })
  countyCode!: string;
}
