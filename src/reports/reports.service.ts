import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canReadCountyPicture, canSeeCounty } from '../auth/access-policy';
import { Clock } from '../common/clock';
import { writeComplete } from '../common/files';
import { forbidden, notFound } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { CountyPictureService } from '../county-picture/county-picture.service';
import { Transactions } from '../database/transactions';
import type { Actor } from '../users/role';
import { CreateReportDto } from './dto/create-report.dto';
import { renderCountyPdf } from './pdf/county-report.pdf';
import { Report } from './report.entity';
import { loadReportTexts } from './report-texts';
import { reportFileName, ReportView, toReportView } from './report.view';
import { renderCountyXlsx } from './xlsx/county-report.xlsx';

@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);

  constructor(
    @InjectRepository(Report) private readonly reports: Repository<Report>,
    private readonly pictures: CountyPictureService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Draws the county picture as a file, stores it under REPORTS_DIR and records it; the file never changes. */
  async create(actor: Actor, roundId: string, dto: CreateReportDto): Promise<ReportView> {
    const round = await this.pictures.readableRound(actor, roundId);
    const include = dto.include ?? 'approved';
    const language = dto.language ?? 'sv';
    const { picture, snapshotHash } = await this.pictures.build(round, include);
    const texts = loadReportTexts(language);
    const id = randomUUID();
    const relative = join(round.id, `${id}.${dto.format}`);
    const target = resolve(this.config.REPORTS_DIR, relative);
    const now = this.clock.now();
    const { sha256, byteSize } = await writeComplete(target, async (partial) => {
      if (dto.format === 'pdf') await renderCountyPdf(picture, texts, now, createWriteStream(partial));
      else await renderCountyXlsx(picture, texts, snapshotHash, partial);
    });
    try {
      const report = this.reports.create({
        id,
        roundId: round.id,
        countyCode: round.countyCode,
        format: dto.format,
        include,
        language,
        filePath: relative,
        byteSize,
        sha256,
        snapshotHash,
        createdBy: actor.id,
        createdAt: now,
      });
      await this.transactions.run(async (manager) => {
        await manager.insert(Report, report);
        await this.audit.record(
          {
            actorId: actor.id,
            action: 'report.create',
            subjectType: 'report',
            subjectId: id,
            countyCode: round.countyCode,
            detail: { format: dto.format, include, sha256 },
          },
          manager,
        );
      });
      this.logger.log(`Report ${id} (${dto.format}, ${byteSize} bytes) for round ${round.id}`);
      return toReportView(report);
    } catch (error) {
      await rm(target, { force: true });
      throw error;
    }
  }

  async list(actor: Actor, roundId: string): Promise<ReportView[]> {
    const round = await this.pictures.readableRound(actor, roundId);
    const rows = await this.reports.find({ where: { roundId: round.id }, order: { createdAt: 'DESC' } });
    return rows.map(toReportView);
  }

  /** The stored file of a report the actor may read: 404 for another county's, 403 for reporters. */
  async file(
    actor: Actor,
    id: string,
  ): Promise<{ path: string; fileName: string; format: 'pdf' | 'xlsx'; sha256: string }> {
    const report = await this.reports.findOneBy({ id });
    if (!report || !canSeeCounty(actor, report.countyCode)) throw notFound('Rapporten');
    if (!canReadCountyPicture(actor, report.countyCode))
      throw forbidden('Rapporterna är bara för länsstyrelsen');
    await this.audit.record({
      actorId: actor.id,
      action: 'report.download',
      subjectType: 'report',
      subjectId: report.id,
      countyCode: report.countyCode,
    });
    return {
      path: resolve(this.config.REPORTS_DIR, report.filePath),
      fileName: reportFileName(report),
      format: report.format,
      sha256: report.sha256,
    };
  }
}
