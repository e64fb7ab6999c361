import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { IntField, says, TextField } from '../../common/dto-fields';
import { MAX_SECTION_TEXT } from '../text-rules';

export class SectionTextDto {
  @IntField(0, Number.MAX_SAFE_INTEGER, {
    required: true,
    description:
      'The version of the section read (0 for one never saved): a save of an older one is refused with 409',
  })
  version!: number;

  @TextField(MAX_SECTION_TEXT, { required: true, allowEmpty: true })
  text!: string;
}

export class TimerDto {
  @Matches(/^\d{4}$/, says('municipality_code'))
  @ApiProperty({ example: '0780', description: 'The municipality that presents now' })
  municipalityCode!: string;

  @IntField(1, 60, { description: 'Minutes the presentation has; 10 unless set' })
  minutes?: number;
}
