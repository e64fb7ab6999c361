import type { ReportFormat } from './report-format';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { resolve } from 'node:path';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canReadCountyPicture, canSeeCounty } from '../access/access-policy';
import { forbidden, notFound } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { CountyPictureService } from '../county-picture/county-picture.service';
import type { Actor } from '../access/actor';
import { CreateReportDto } from './dto/create-report.dto';
import { ExportGate, ExportOutcome } from './export-gate';
import { ExportWriter } from './export-writer';
import { Report } from './report.entity';
import { ReportRenderer } from './report-renderer';
import { ReportView, toReportView } from './report.view';
import {
  Completeness,
  completenessOf,
  incompleteFinalRefusal,
  isIncompleteFinal,
  reportFileName,
} from './report-rules';
import { loadReportTexts } from './report-texts';

@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(Report) private readonly reports: Repository<Report>,
    private readonly pictures: CountyPictureService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly gate: ExportGate,
    private readonly renderer: ReportRenderer,
    private readonly writer: ExportWriter,
  ) {}

  /**
   * Draws the county picture as a file, stores it under REPORTS_DIR and records it; the file never changes. Data that
   * has not changed since a stored export of the same format, basis and language answers with that export.
   */
  async create(actor: Actor, roundId: string, dto: CreateReportDto): Promise<ExportOutcome<ReportView>> {
    const round = await this.pictures.readableRound(actor, roundId);
    const include = dto.include ?? 'approved';
    const language = dto.language ?? 'sv';
    const { picture, snapshotHash } = await this.pictures.build(round, include);
    const completeness = completenessOf(round.status, picture.response);
    if (isIncompleteFinal(include, completeness) && dto.acknowledgeIncomplete !== true)
      throw incompleteFinalRefusal(completeness);
    const texts = loadReportTexts(language);
    const stored = async () => {
      const found = await this.reports.findOne({
        where: { roundId: round.id, format: dto.format, include, language, snapshotHash },
        order: { createdAt: 'DESC' },
      });
      return found ? toReportView(found) : null;
    };
    return this.gate.once(
      round.id,
      `${dto.format}:${include}:${language}:${snapshotHash}`,
      stored,
      async () => {
        const report = await this.writer.write({
          folder: round.id,
          request: { format: dto.format, include, language, snapshotHash, createdBy: actor.id },
          fileName: (date) =>
            reportFileName({
              prefix: texts.fileName.prefix,
              subject: picture.round.countyName,
              round: round.title,
              basis: texts.fileName.basis[include],
              date,
              format: dto.format,
            }),
          draw: (file, generatedAt) =>
            this.renderer.county({ format: dto.format, picture, snapshotHash, language, generatedAt, file }),
          entity: Report,
          record: (stored) =>
            this.reports.create({ ...stored, roundId: round.id, countyCode: round.countyCode }),
          auditEntry: (r) => ({
            actorId: actor.id,
            action: 'report.create',
            subjectType: 'report',
            subjectId: r.id,
            countyCode: round.countyCode,
            detail: { format: dto.format, include, sha256: r.sha256 },
          }),
        });
        return toReportView(report);
      },
    );
  }

  /** How complete a final report of the round would be now: what the report form warns about. */
  async completeness(actor: Actor, roundId: string): Promise<Completeness> {
    const round = await this.pictures.readableRound(actor, roundId);
    const { picture } = await this.pictures.build(round, 'approved');
    return completenessOf(round.status, picture.response);
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
  ): Promise<{ path: string; fileName: string; format: ReportFormat; sha256: string }> {
    const report = await this.reports.findOneBy({ id });
    if (!report || !canSeeCounty(actor, report.countyCode)) throw notFound('not_found.report');
    if (!canReadCountyPicture(actor, report.countyCode)) throw forbidden('forbidden.reports');
    await this.audit.record({
      actorId: actor.id,
      action: 'report.download',
      subjectType: 'report',
      subjectId: report.id,
      countyCode: report.countyCode,
    });
    return {
      path: resolve(this.config.REPORTS_DIR, report.filePath),
      fileName: toReportView(report).fileName,
      format: report.format,
      sha256: report.sha256,
    };
  }
}
