import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EntityTarget } from 'typeorm';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { writeComplete } from '../common/files';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import type { StoredReport } from './stored-report';

/** What was asked for: the columns every stored export has besides its file. */
export type ExportRequest = Pick<
  StoredReport,
  'format' | 'include' | 'language' | 'snapshotHash' | 'createdBy'
>;

/**
 * Writes an export's file under REPORTS_DIR and then its record and audit entry in one transaction; a record that
 * cannot be written leaves no file behind. County and national exports are stored this one way.
 */
@Injectable()
export class ExportWriter {
  private readonly logger = new Logger(ExportWriter.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async write<R extends StoredReport>(options: {
    /** The folder below REPORTS_DIR. */
    folder: string;
    request: ExportRequest;
    draw: (partial: string, generatedAt: Date) => Promise<void>;
    /** The name the file is downloaded under, given the time it is made. */
    fileName: (generatedAt: Date) => string;
    entity: EntityTarget<R>;
    /** The record from every stored export's columns, the new file's included. */
    record: (stored: StoredReport) => R;
    auditEntry: (record: R) => AuditEntry;
  }): Promise<R> {
    const id = randomUUID();
    const filePath = join(options.folder, `${id}.${options.request.format}`);
    const target = resolve(this.config.REPORTS_DIR, filePath);
    const createdAt = this.clock.now();
    const { sha256, byteSize } = await writeComplete(target, (partial) => options.draw(partial, createdAt));
    try {
      const fileName = options.fileName(createdAt);
      const record = options.record({
        ...options.request,
        id,
        filePath,
        fileName,
        sha256,
        byteSize,
        createdAt,
      });
      await this.transactions.run(async (manager) => {
        await manager.insert(options.entity, record as never);
        await this.audit.record(options.auditEntry(record), manager);
      });
      this.logger.log(`Export ${id} (${record.format}, ${byteSize} bytes) in ${options.folder}`);
      return record;
    } catch (error) {
      await rm(target, { force: true });
      throw error;
    }
  }
}
