import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  canPrepareForum,
  canReadGroupNotes,
  canReadPreparation,
  canWriteGroupNotes,
  isCountyStaff,
} from '../access/access-policy';
import type { Actor } from '../access/actor';
import { AssessmentRepository } from '../assessments/assessment.repository';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/db-errors';
import { forbidden, notFound, versionConflict } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { GeographyService } from '../geography/geography.service';
import { taxonomyOf } from '../rounds/round-rules';
import { RoundsService } from '../rounds/rounds.service';
import { UsersService } from '../users/users.service';
import type { SectionTextDto, TimerDto } from './dto/text.dto';
import type { ForumGroup } from './forum-rules';
import { ForumPreparation, ForumText, ForumTimer, TextKind } from './forum-text.entity';
import type { Forum } from './forum.entity';
import { ForumsService } from './forums.service';
import { ForumBus } from './live/forum-bus';
import { PREPARATION_SECTIONS, preparationProposal, sectionSave, SUMMARY } from './text-rules';

/** One section of a shared text as it is read: its text, its version, and who saved it last. */
export interface TextSectionView {
  section: string;
  text: string;
  /** 0 for a section never saved: its text is then the proposal. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

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

export interface TimerView {
  municipalityCode: string;
  startedAt: string;
  endsAt: string;
  minutes: number;
}

export interface GroupRoomView {
  forumId: string;
  group: { id: string; name: string };
  municipalities: { code: string; name: string }[];
  /** A note per municipality of the group, in its order, then the group's summary. */
  notes: TextSectionView[];
  timer: TimerView | null;
}

/**
 * A forum's shared texts: each municipality's preparatory document, proposed from its latest assessment and written
 * by its reporters, and each group room's notes, written by several at once. Every section is saved on its own under
 * the assessment form's rule: a save of a section someone else has saved since is refused with 409.
 */
@Injectable()
export class ForumTextsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly forums: ForumsService,
    private readonly geography: GeographyService,
    private readonly rounds: RoundsService,
    private readonly assessments: AssessmentRepository,
    private readonly users: UsersService,
    private readonly bus: ForumBus,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  /** Each municipality of the forum's groups: whether it has said it is prepared, and how many sections it wrote. */
  async preparations(actor: Actor, forumId: string): Promise<PreparationStatus[]> {
    const forum = await this.forums.readable(actor, forumId);
    const [names, texts, prepared] = await Promise.all([
      this.namesOf(forum.countyCode),
      this.textsOf(forum.id, 'preparation'),
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

  async preparation(actor: Actor, forumId: string, code: string): Promise<PreparationView> {
    const forum = await this.forums.visible(actor, forumId);
    this.requireMunicipality(forum, code);
    if (!canReadPreparation(actor, forum.countyCode, code)) throw forbidden('forbidden.forum_preparation');
    return this.preparationOf(forum, code);
  }

  /** Saves a section of the municipality's preparatory document, written on the version read. */
  async savePreparation(
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
    return this.save(actor, forum, 'preparation', code, section, dto);
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
      await this.record(actor, forum, 'forum.prepared', { municipality: code }, manager);
    });
    return this.preparationOf(forum, code);
  }

  async groupRoom(actor: Actor, forumId: string, groupId: string): Promise<GroupRoomView> {
    const { forum, group } = await this.groupOf(actor, forumId, groupId);
    if (!canReadGroupNotes(actor, forum.countyCode, group.municipalityCodes))
      throw forbidden('forbidden.forum_group');
    return this.roomOf(forum, group);
  }

  /** Saves one note of the group room: a municipality's presentation (by its code) or the group's summary. */
  async saveNote(
    actor: Actor,
    forumId: string,
    groupId: string,
    section: string,
    dto: SectionTextDto,
  ): Promise<TextSectionView> {
    const { forum, group } = await this.groupOf(actor, forumId, groupId);
    if (section !== SUMMARY && !group.municipalityCodes.includes(section))
      throw notFound('not_found.section');
    if (!canWriteGroupNotes(actor, forum.countyCode, group.municipalityCodes))
      throw forbidden('forbidden.forum_group');
    return this.save(actor, forum, 'note', group.id, section, dto);
  }

  /** Starts the timer of a municipality's presentation in the group room; a new start replaces the running one. */
  async startTimer(actor: Actor, forumId: string, groupId: string, dto: TimerDto): Promise<GroupRoomView> {
    const { forum, group } = await this.groupOf(actor, forumId, groupId);
    if (!isCountyStaff(actor, forum.countyCode)) throw forbidden('forbidden.forum_group');
    if (!group.municipalityCodes.includes(dto.municipalityCode))
      throw notFound('not_found.municipality_in_county');
    await this.transactions.run(async (manager) => {
      await manager.delete(ForumTimer, { forumId: forum.id, groupId: group.id });
      await manager.insert(ForumTimer, {
        forumId: forum.id,
        groupId: group.id,
        municipalityCode: dto.municipalityCode,
        startedAt: this.clock.now(),
        minutes: dto.minutes ?? 10,
        startedBy: actor.id,
      });
      await this.record(
        actor,
        forum,
        'forum.timer_start',
        { group: group.id, municipality: dto.municipalityCode },
        manager,
      );
    });
    await this.bus.publish({ forumId: forum.id, type: 'texts', kind: 'note', scope: group.id });
    return this.roomOf(forum, group);
  }

  /** Every text of the forum, by kind: what its results and exports read. */
  textsOf(forumId: string, kind: TextKind): Promise<ForumText[]> {
    return this.dataSource.getRepository(ForumText).findBy({ forumId, kind });
  }

  private async save(
    actor: Actor,
    forum: Forum,
    kind: TextKind,
    scope: string,
    section: string,
    dto: SectionTextDto,
  ): Promise<TextSectionView> {
    const text = dto.text.replace(/\r\n/g, '\n');
    const saved = await this.transactions.run(async (manager) => {
      const repository = manager.getRepository(ForumText);
      const stored = await repository.findOneBy({ forumId: forum.id, kind, scope, section });
      const outcome = sectionSave(stored, dto.version, text);
      if (outcome === 'conflict') throw versionConflict('forum.section_changed', stored?.version ?? 0);
      if (outcome === 'unchanged') return { row: stored!, changed: false };
      const now = this.clock.now();
      if (stored) {
        const result = await repository.update(
          { id: stored.id, version: stored.version },
          { text, version: stored.version + 1, updatedBy: actor.id, updatedAt: now },
        );
        if (!result.affected) throw versionConflict('forum.section_changed', stored.version + 1);
        await this.record(actor, forum, 'forum.text_save', { kind, scope, section }, manager);
        return {
          row: { ...stored, text, version: stored.version + 1, updatedBy: actor.id, updatedAt: now },
          changed: true,
        };
      }
      const row = {
        id: randomUUID(),
        forumId: forum.id,
        kind,
        scope,
        section,
        text,
        version: 1,
        updatedBy: actor.id,
        updatedAt: now,
      };
      await this.insertNew(manager, row);
      await this.record(actor, forum, 'forum.text_save', { kind, scope, section }, manager);
      return { row, changed: true };
    });
    if (saved.changed) await this.bus.publish({ forumId: forum.id, type: 'texts', kind, scope });
    const names = await this.userNames([saved.row.updatedBy]);
    return sectionView(section, saved.row, '', names);
  }

  /** The first save of a section; two at once: the second is refused as a save of a section saved meanwhile. */
  private async insertNew(manager: EntityManager, row: ForumText): Promise<void> {
    try {
      await manager.insert(ForumText, row);
    } catch (error) {
      if (isUniqueViolation(error)) throw versionConflict('forum.section_changed', 1);
      throw error;
    }
  }

  private async preparationOf(forum: Forum, code: string): Promise<PreparationView> {
    const [names, texts, prepared, source] = await Promise.all([
      this.namesOf(forum.countyCode),
      this.dataSource
        .getRepository(ForumText)
        .findBy({ forumId: forum.id, kind: 'preparation', scope: code }),
      this.dataSource
        .getRepository(ForumPreparation)
        .findOneBy({ forumId: forum.id, municipalityCode: code }),
      this.latestAssessment(forum, code),
    ]);
    const users = await this.userNames([
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
    const submitted =
      (forum.roundId ? await this.assessments.submissionOf(code, { roundId: forum.roundId }) : null) ??
      (await this.assessments.submissionOf(code, {
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

  private async roomOf(forum: Forum, group: ForumGroup): Promise<GroupRoomView> {
    const [names, texts, timer] = await Promise.all([
      this.namesOf(forum.countyCode),
      this.dataSource.getRepository(ForumText).findBy({ forumId: forum.id, kind: 'note', scope: group.id }),
      this.dataSource.getRepository(ForumTimer).findOneBy({ forumId: forum.id, groupId: group.id }),
    ]);
    const users = await this.userNames(texts.map((t) => t.updatedBy));
    return {
      forumId: forum.id,
      group: { id: group.id, name: group.name },
      municipalities: group.municipalityCodes.map((code) => ({ code, name: names.get(code) ?? code })),
      notes: [...group.municipalityCodes, SUMMARY].map((section) =>
        sectionView(section, texts.find((t) => t.section === section) ?? null, '', users),
      ),
      timer: timer
        ? {
            municipalityCode: timer.municipalityCode,
            startedAt: timer.startedAt.toISOString(),
            endsAt: new Date(timer.startedAt.getTime() + timer.minutes * 60_000).toISOString(),
            minutes: timer.minutes,
          }
        : null,
    };
  }

  private async groupOf(actor: Actor, forumId: string, groupId: string) {
    const forum = await this.forums.visible(actor, forumId);
    const group = forum.groups.find((g) => g.id === groupId);
    if (!group) throw notFound('not_found.forum_group');
    return { forum, group };
  }

  private requireMunicipality(forum: Forum, code: string): void {
    if (!forum.groups.some((g) => g.municipalityCodes.includes(code)))
      throw notFound('not_found.municipality_in_county');
  }

  private async namesOf(countyCode: string): Promise<Map<string, string>> {
    return new Map((await this.geography.municipalitiesOfCounty(countyCode)).map((m) => [m.code, m.name]));
  }

  private async userNames(ids: string[]): Promise<Map<string, string>> {
    const users = await this.users.findByIds([...new Set(ids)]);
    return new Map(users.map((u) => [u.id, u.name]));
  }

  private record(
    actor: Actor,
    forum: Forum,
    action: string,
    detail: Record<string, string>,
    manager: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: actor.id,
        action,
        subjectType: 'forum',
        subjectId: forum.id,
        countyCode: forum.countyCode,
        detail,
      },
      manager,
    );
  }
}

function sectionView(
  section: string,
  row: ForumText | null,
  proposal: string,
  users: Map<string, string>,
): TextSectionView {
  return {
    section,
    text: row?.text ?? proposal,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row ? (users.get(row.updatedBy) ?? null) : null,
  };
}
