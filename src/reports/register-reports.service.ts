import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { RiskRegisterService } from '../risk-register/risk-register.service';
import { DrawnFile, drawnFile, fileSlug } from './drawn-file';
import type { ReportFormat } from './report-format';
import { ReportRenderer } from './report-renderer';
import { loadReportTexts, ReportLanguage } from './report-texts';

/**
 * A municipality's social-risk register as "Sociala risker – underlag till risk- och sårbarhetsanalysen", in PDF,
 * Word or Excel, drawn when asked from its submitted assessments: it changes with every submission, so it is not kept.
 */
@Injectable()
export class RegisterReportsService {
  constructor(
    private readonly registers: RiskRegisterService,
    private readonly renderer: ReportRenderer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async report(
    actor: Actor,
    municipalityCode: string,
    format: ReportFormat,
    language: ReportLanguage,
  ): Promise<DrawnFile> {
    const register = await this.registers.register(actor, municipalityCode);
    const generatedAt = this.clock.now();
    const prefix = loadReportTexts(language).register.fileName;
    const name = fileSlug(register.municipality.name, register.municipality.code);
    const fileName = `${prefix}-${name}-${generatedAt.toISOString().slice(0, 10)}.${format}`;
    const drawn = await drawnFile(this.config.REPORTS_DIR, 'registers', format, fileName, (file) =>
      this.renderer.register({ format, register, language, generatedAt, file }),
    );
    await this.audit.record({
      actorId: actor.id,
      action: 'register.report',
      subjectType: 'municipality',
      subjectId: register.municipality.code,
      countyCode: register.county.code,
      detail: { format, language },
    });
    return drawn;
  }
}
