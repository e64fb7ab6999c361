import { BooleanField, EnumField } from '../../common/dto-fields';
import { REPORT_FORMATS, ReportFormat } from '../report-format';
import { INCLUDES, Include } from '../../county-picture/county-picture.model';
import { REPORT_LANGUAGES, ReportLanguage } from '../report-texts';

export class CreateReportDto {
  @EnumField(REPORT_FORMATS, { required: true })
  format!: ReportFormat;

  /** approved (default) for the final report, submitted for a working version. */
  @EnumField(INCLUDES)
  include?: Include;

  @EnumField(REPORT_LANGUAGES)
  language?: ReportLanguage;

  /**
   * A final report while the round is open or assessments wait for review is made only when this says that the
   * basis is known to be incomplete; without it the answer is 409, naming what is incomplete.
   */
  @BooleanField()
  acknowledgeIncomplete?: boolean;
}
