import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { ForumResultsService } from '../forums/forum-results.service';
import { ForumsService } from '../forums/forums.service';
import { GeographyService } from '../geography/geography.service';
import { RoundsService } from '../rounds/rounds.service';
import { DrawnFile, drawnFile, fileSlug } from './drawn-file';
import { ReportRenderer } from './report-renderer';
import type { ReportLanguage } from './report-texts';
import { forumAuditEntry } from '../forums/forum-audit';

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
  ): Promise<DrawnFile> {
    const forum = await this.forums.readable(actor, forumId);
    const [result, county, municipalities, rounds] = await Promise.all([
      this.results.ofForum(actor, forumId),
      this.geography.findCounty(forum.countyCode),
      this.geography.municipalitiesOfCounty(forum.countyCode),
      this.rounds.findByIds(forum.roundId ? [forum.roundId] : []),
    ]);
    const generatedAt = this.clock.now();
    const fileName = `${fileSlug(forum.title, 'dialogforum')}-${generatedAt.toISOString().slice(0, 10)}.${format}`;
    const drawn = await drawnFile(this.config.REPORTS_DIR, 'forums', format, fileName, (file) =>
      this.renderer.forum({
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
      }),
    );
    await this.audit.record(forumAuditEntry(actor, forum, 'forum.report', { format, language }));
    return drawn;
  }
}
