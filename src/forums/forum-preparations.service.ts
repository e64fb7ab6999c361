import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canPrepareForum, canReadPreparation } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { AssessmentRepository } from '../assessments/assessment.repository';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { forbidden, notFound } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { taxonomyOf } from '../rounds/round-rules';
import { RoundsService } from '../rounds/rounds.service';
import type { SectionTextDto } from './dto/text.dto';
import { forumAuditEntry } from './forum-audit';
import { ForumPreparation } from './forum-text.entity';
import { sectionView, TextSectionView, ForumTextsService } from './forum-texts.service';
import type { Forum } from './forum.entity';
import { ForumsService } from './forums.service';
import { PREPARATION_SECTIONS, preparationProposal } from './text-rules';

export interface PreparationView {
  forumId: string;
  municipalityCode: string;
  municipalityName: string;
  /** The assessment the proposal was made from. */
  source: { roundId: string; roundTitle: string; submittedAt: string } | null;
  prepared: { at: string; by: string } | null;
  sections: TextSectionView[];
}

/** Where each municipality of the forum stands with its preparation, for the facilitator. */
export interface PreparationStatus {
  municipalityCode: string;
  municipalityName: string;
  groupName: string;
  savedSections: number;
  preparedAt: string | null;
}

/**
 * Each municipality's preparatory document for a forum: proposed from its latest assessment, written by its reporters,
 * who say when it is ready; read by the county's staff, who see who has prepared.
 */
@Injectable()
export class ForumPreparationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly forums: ForumsService,
    private readonly texts: ForumTextsService,
    private readonly rounds: RoundsService,
    private readonly assessments: AssessmentRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  /** Each municipality of the forum's groups: whether it has said it is prepared, and how many sections it wrote. */
  async list(actor: Actor, forumId: string): Promise<PreparationStatus[]> {
    const forum = await this.forums.readable(actor, forumId);
    const [names, texts, prepared] = await Promise.all([
      this.texts.namesOf(forum.countyCode),
      this.texts.textsOf(forum.id, 'preparation'),
      this.dataSource.getRepository(ForumPreparation).findBy({ forumId: forum.id }),
    ]);
    return forum.groups.flatMap((group) =>
      group.municipalityCodes.map((code) => ({
        municipalityCode: code,
        municipalityName: names.get(code) ?? code,
        groupName: group.name,
        savedSections: texts.filter((t) => t.scope === code).length,
        preparedAt: prepared.find((p) => p.municipalityCode === code)?.preparedAt.toISOString() ?? null,
      })),
    );
  }

  async get(actor: Actor, forumId: string, code: string): Promise<PreparationView> {
    const forum = await this.forums.visible(actor, forumId);
    this.requireMunicipality(forum, code);
    if (!canReadPreparation(actor, forum.countyCode, code)) throw forbidden('forbidden.forum_preparation');
    return this.preparationOf(forum, code);
  }

  /** Saves a section of the municipality's preparatory document, written on the version read. */
  async save(
    actor: Actor,
    forumId: string,
    code: string,
    section: string,
    dto: SectionTextDto,
  ): Promise<TextSectionView> {
    const forum = await this.forums.visible(actor, forumId);
    this.requireMunicipality(forum, code);
    if (!(PREPARATION_SECTIONS as readonly string[]).includes(section)) throw notFound('not_found.section');
    if (!canPrepareForum(actor, code)) throw forbidden('forbidden.forum_preparation');
    return this.texts.save(actor, forum, 'preparation', code, section, dto);
  }

  /** The municipality says its document is ready for the forum; the facilitator's list shows it. */
  async markPrepared(actor: Actor, forumId: string, code: string): Promise<PreparationView> {
    const forum = await this.forums.visible(actor, forumId);
    this.requireMunicipality(forum, code);
    if (!canPrepareForum(actor, code)) throw forbidden('forbidden.forum_preparation');
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      await manager.delete(ForumPreparation, { forumId: forum.id, municipalityCode: code });
      await manager.insert(ForumPreparation, {
        forumId: forum.id,
        municipalityCode: code,
        preparedBy: actor.id,
        preparedAt: now,
      });
      await this.audit.record(
        forumAuditEntry(actor, forum, 'forum.prepared', { municipality: code }),
        manager,
      );
    });
    return this.preparationOf(forum, code);
  }

  private async preparationOf(forum: Forum, code: string): Promise<PreparationView> {
    const [names, texts, prepared, source] = await Promise.all([
      this.texts.namesOf(forum.countyCode),
      this.texts.textsOf(forum.id, 'preparation', code),
      this.dataSource
        .getRepository(ForumPreparation)
        .findOneBy({ forumId: forum.id, municipalityCode: code }),
      this.latestAssessment(forum, code),
    ]);
    const users = await this.texts.userNames([
      ...texts.map((t) => t.updatedBy),
      ...(prepared ? [prepared.preparedBy] : []),
    ]);
    const proposal = source?.proposal;
    return {
      forumId: forum.id,
      municipalityCode: code,
      municipalityName: names.get(code) ?? code,
      source: source
        ? { roundId: source.roundId, roundTitle: source.roundTitle, submittedAt: source.submittedAt }
        : null,
      prepared: prepared
        ? { at: prepared.preparedAt.toISOString(), by: users.get(prepared.preparedBy) ?? '' }
        : null,
      sections: PREPARATION_SECTIONS.map((section) =>
        sectionView(
          section,
          texts.find((t) => t.section === section) ?? null,
          proposal?.[section] ?? '',
          users,
        ),
      ),
    };
  }

  /**
   * The municipality's latest submitted assessment: of the forum's round if it answered that, else of the county's
   * latest round before now; and the preparatory document it proposes.
   */
  private async latestAssessment(forum: Forum, code: string) {
    const municipality = { kind: 'municipality' as const, key: code };
    const submitted =
      (forum.roundId
        ? await this.assessments.submissionOf(municipality, { roundId: forum.roundId })
        : null) ??
      (await this.assessments.submissionOf(municipality, {
        before: { countyCode: forum.countyCode, periodStart: '9999-12-31' },
      }));
    if (!submitted) return null;
    const [round] = await this.rounds.findByIds([submitted.roundId]);
    if (!round) return null;
    return {
      roundId: round.id,
      roundTitle: round.title,
      submittedAt: submitted.submittedAt,
      proposal: preparationProposal(submitted.document, taxonomyOf(round)),
    };
  }

  private requireMunicipality(forum: Forum, code: string): void {
    if (!forum.groups.some((g) => g.municipalityCodes.includes(code)))
      throw notFound('not_found.municipality_in_county');
  }
}
