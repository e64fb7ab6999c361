import { IsDefined, IsString, MaxLength } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { EnumField, says } from '../../common/dto-fields';
import { INCLUDES, Include } from '../county-picture.model';

export class PictureQueryDto {
  /** approved (default): approved assessments only; submitted: approved and submitted. */
  @EnumField(INCLUDES)
  include?: Include;
}

export const NARRATIVE_MAX_LENGTH = 20_000;

export class NarrativeDto {
  @IsDefined(says('required'))
  @IsString(says('not_text'))
  @MaxLength(NARRATIVE_MAX_LENGTH, says('max_length', { max: NARRATIVE_MAX_LENGTH }))
  @ApiProperty({ maxLength: NARRATIVE_MAX_LENGTH, description: 'Empty text removes the section text' })
  text!: string;
}
