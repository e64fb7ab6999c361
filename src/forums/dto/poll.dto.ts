import { ApiProperty } from '@nestjs/swagger';
import {
  BooleanField,
  EnumField,
  IntField,
  ItemIdListField,
  TextField,
  TextListField,
} from '../../common/dto-fields';
import {
  MAX_OPTION_LABEL,
  MAX_OPTIONS,
  MAX_STEPS,
  MAX_TEXT_LENGTH,
  MAX_WORD_LENGTH,
  MAX_WORDS,
  POLL_KINDS,
} from '../poll-rules';

export class CreatePollDto {
  @EnumField(POLL_KINDS, { required: true })
  kind!: (typeof POLL_KINDS)[number];

  @TextField(300, { required: true })
  question!: string;

  @TextListField(2 * MAX_OPTIONS, MAX_OPTION_LABEL)
  @ApiProperty({ required: false, description: 'For a choice and a ranking: the options, 2 to 10' })
  options?: string[];

  @IntField(2, MAX_STEPS, { description: 'For a scale: its steps, 1 to this' })
  steps?: number;

  @IntField(1, MAX_OPTIONS, { description: 'For a choice: how many options one may pick (1 unless set)' })
  maxChoices?: number;
}

/** An answer to the open poll: the field its kind needs. */
export class AnswerDto {
  @TextListField(10, MAX_WORD_LENGTH)
  @ApiProperty({ required: false, description: `For a word cloud: up to ${MAX_WORDS} words` })
  words?: string[];

  @ItemIdListField(
    MAX_OPTIONS,
    'For a choice: the picked options; for a ranking: every option, the first first',
  )
  optionIds?: string[];

  @IntField(1, MAX_STEPS, { description: 'For a scale' })
  value?: number;

  @TextField(MAX_TEXT_LENGTH, { description: 'For open text' })
  text?: string;
}

export class AnswerHiddenDto {
  @BooleanField({ required: true, description: 'Whether the open-text answer is off the presenter view' })
  hidden!: boolean;
}

export class JoinDto {
  @TextField(20, { required: true, description: 'The code the facilitator shows, e.g. "K7M-2QX"' })
  joinCode!: string;
}
