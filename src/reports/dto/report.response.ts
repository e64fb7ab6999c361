import { REPORT_FORMATS, type ReportFormat } from '../report-format';
import { ApiProperty } from '@nestjs/swagger';
import { OneOf } from '../../common/api-docs';
import type { ReportView } from '../report.view';
import type { StoredReportView } from '../stored-report';

export class StoredReportBody implements StoredReportView {
  @ApiProperty() id!: string;
  @OneOf(REPORT_FORMATS) format!: ReportFormat;
  @OneOf(['approved', 'submitted']) include!: 'approved' | 'submitted';
  @OneOf(['sv', 'en']) language!: 'sv' | 'en';
  @ApiProperty() fileName!: string;
  @ApiProperty() byteSize!: number;
  @ApiProperty({ description: 'sha256 of the file' }) sha256!: string;
  @ApiProperty({ description: 'sha256 of the picture the file was made of' }) snapshotHash!: string;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() downloadUrl!: string;
}

export class ReportBody extends StoredReportBody implements ReportView {
  @ApiProperty() roundId!: string;
}
