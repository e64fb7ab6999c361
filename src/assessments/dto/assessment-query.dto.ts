import { EnumField } from '../../common/dto-fields';

export class AssessmentQueryDto {
  /** true (default): a not-started assessment shows the proposal made of the last one; false: the empty document. */
  @EnumField(['true', 'false'] as const)
  prefill?: 'true' | 'false';
}
