import { EnumField } from '../../common/dto-fields';
import { INCLUDES, Include } from '../../county-picture/county-picture.model';
import { REPORT_LANGUAGES, ReportLanguage } from '../report-texts';

export const REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class CreateReportDto {
  @EnumField(REPORT_FORMATS, { required: true })
  format!: ReportFormat;

  /** approved (default) for the final report, submitted for a working version. */
  @EnumField(INCLUDES)
  include?: Include;

  @EnumField(REPORT_LANGUAGES)
  language?: ReportLanguage;
}
