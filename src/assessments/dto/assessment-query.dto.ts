import { Type } from 'class-transformer';
import { EnumField, IntField } from '../../common/dto-fields';

export class AssessmentQueryDto {
  /** true (default): a not-started assessment shows the proposal made of the last one; false: the empty document. */
  @EnumField(['true', 'false'] as const)
  prefill?: 'true' | 'false';
}

/** Two submitted versions of the round to compare; without them, the previous round's latest with this round's. */
export class ChangesQueryDto {
  @Type(() => Number)
  @IntField(1, 10_000)
  from?: number;

  @Type(() => Number)
  @IntField(1, 10_000)
  to?: number;
}
