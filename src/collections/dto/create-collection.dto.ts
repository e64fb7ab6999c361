import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayNotEmpty, IsDefined } from 'class-validator';
import { ItemIdListField, TextField, says } from '../../common/dto-fields';

/** One round per county: at most the country's 21. */
export const MAX_ROUNDS = 21;

export class CreateCollectionDto {
  @TextField(200, { required: true, description: 'For example the Government assignment it answers' })
  title!: string;

  @IsDefined(says('required'))
  @ArrayNotEmpty(says('needs_a_round'))
  @ArrayMinSize(1, says('needs_a_round'))
  @ItemIdListField(MAX_ROUNDS, 'Ids of the rounds, at most one per county')
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_ROUNDS })
  roundIds!: string[];
}
