import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayNotEmpty, IsDefined } from 'class-validator';
import { ItemIdListField, TextField } from '../../common/dto-fields';

/** One round per county: at most the country's 21. */
export const MAX_ROUNDS = 21;

export class CreateCollectionDto {
  @TextField(200, { required: true, description: 'For example the Government assignment it answers' })
  title!: string;

  @IsDefined({ message: 'måste anges' })
  @ArrayNotEmpty({ message: 'måste ha minst en omgång' })
  @ArrayMinSize(1, { message: 'måste ha minst en omgång' })
  @ItemIdListField(MAX_ROUNDS, 'Ids of the rounds, at most one per county')
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_ROUNDS })
  roundIds!: string[];
}
