import { EnumField } from '../../common/dto-fields';
import { REPORT_FORMATS, ReportFormat } from '../report-format';
import { REPORT_LANGUAGES, ReportLanguage } from '../report-texts';

export const FORUM_REPORT_FORMATS = ['pdf', 'docx'] as const;

export class ForumReportQueryDto {
  @EnumField(FORUM_REPORT_FORMATS, { required: true })
  format!: (typeof FORUM_REPORT_FORMATS)[number];

  @EnumField(REPORT_LANGUAGES)
  language?: ReportLanguage;
}

export class RegisterReportQueryDto {
  @EnumField(REPORT_FORMATS, { required: true })
  format!: ReportFormat;

  @EnumField(REPORT_LANGUAGES)
  language?: ReportLanguage;
}
