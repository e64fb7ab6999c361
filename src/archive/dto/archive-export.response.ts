import { ApiProperty } from '@nestjs/swagger';
import { Nested, Nullable, OneOf } from '../../common/api-docs';
import { ARCHIVE_EXPORT_STATUSES, ArchiveExportStatus } from '../archive-export.entity';
import type { ArchiveExportView } from '../archive-export.view';

export class ArchiveProgressBody {
  @ApiProperty() stepsDone!: number;
  @ApiProperty() stepsTotal!: number;
  @ApiProperty() percent!: number;
}

export class ArchiveExportBody implements ArchiveExportView {
  @ApiProperty() id!: string;
  @Nullable(String, { description: 'null for the whole country' }) countyCode!: string | null;
  @OneOf(ARCHIVE_EXPORT_STATUSES) status!: ArchiveExportStatus;
  @Nested(() => ArchiveProgressBody) progress!: ArchiveProgressBody;
  @ApiProperty() rowsWritten!: number;
  @Nullable(Number) byteSize!: number | null;
  @Nullable(String) sha256!: string | null;
  @Nullable(String, { description: 'Why it failed, as a message code' }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @Nullable(String, { format: 'date-time' }) finishedAt!: string | null;
}
