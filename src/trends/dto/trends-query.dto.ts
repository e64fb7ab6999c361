import { DateField, EnumField } from '../../common/dto-fields';
import { INCLUDES, Include } from '../../assessments/counted';

export class TrendsQueryDto {
  /** approved (default): approved assessments only; submitted: approved and submitted. */
  @EnumField(INCLUDES)
  include?: Include;

  /** The rounds whose period ends on or after this date. */
  @DateField()
  from?: string;

  /** The rounds whose period starts on or before this date. */
  @DateField()
  to?: string;
}
