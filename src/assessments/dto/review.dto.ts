import { IntField, TextField } from '../../common/dto-fields';

export class ReturnAssessmentDto {
  @TextField(2000, { required: true, description: 'What the municipality should correct' })
  comment!: string;
}

/** Optional guard for submit and approve: act only if the assessment is still at this version. */
export class VersionGuardDto {
  @IntField(0, 1_000_000)
  version?: number;
}
