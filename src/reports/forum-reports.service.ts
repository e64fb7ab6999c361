import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { ForumResultsService } from '../forums/forum-results.service';
import { ForumsService } from '../forums/forums.service';
import { GeographyService } from '../geography/geography.service';
import { RoundsService } from '../rounds/rounds.service';
import { REPORT_CONTENT_TYPES } from './report-format';
import { ReportRenderer } from './report-renderer';
import type { ReportLanguage } from './report-texts';
import { forumAuditEntry } from '../forums/forum-audit';

/** A forum's report as it is downloaded: its bytes, type and name. */
export interface ForumReportFile {
  content: Buffer;
  contentType: string;
  fileName: string;
}

/** A name a download can carry anywhere: "Dialogforum hösten 2026" is `dialogforum-hosten-2026`. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'dialogforum'
  );
}

/**
 * A dialogue forum's own report, in PDF or Word, drawn when asked from what the forum gave so far: a forum goes on
 * changing while it runs, so its report is not stored.
 */
@Injectable()
export class ForumReportsService {
  constructor(
    private readonly forums: ForumsService,
    private readonly results: ForumResultsService,
    private readonly geography: GeographyService,
    private readonly rounds: RoundsService,
    private readonly renderer: ReportRenderer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async report(
    actor: Actor,
    forumId: string,
    format: 'pdf' | 'docx',
    language: ReportLanguage,
  ): Promise<ForumReportFile> {
    const forum = await this.forums.readable(actor, forumId);
    const [result, county, municipalities, rounds] = await Promise.all([
      this.results.ofForum(actor, forumId),
      this.geography.findCounty(forum.countyCode),
      this.geography.municipalitiesOfCounty(forum.countyCode),
      this.rounds.findByIds(forum.roundId ? [forum.roundId] : []),
    ]);
    const generatedAt = this.clock.now();
    const dir = resolve(this.config.REPORTS_DIR, 'forums');
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${randomUUID()}.${format}`);
    try {
      await this.renderer.forum({
        format,
        language,
        generatedAt,
        file,
        input: {
          result,
          countyName: county?.name ?? forum.countyCode,
          roundTitle: rounds[0]?.title ?? null,
          names: Object.fromEntries(municipalities.map((m) => [m.code, m.name])),
        },
      });
      const content = await readFile(file);
      await this.audit.record(forumAuditEntry(actor, forum, 'forum.report', { format, language }));
      return {
        content,
        contentType: REPORT_CONTENT_TYPES[format],
        fileName: `${fileSlug(forum.title)}-${generatedAt.toISOString().slice(0, 10)}.${format}`,
      };
    } finally {
      await rm(file, { force: true });
    }
  }
}
