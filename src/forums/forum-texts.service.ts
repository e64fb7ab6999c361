import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/db-errors';
import { versionConflict } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { GeographyService } from '../geography/geography.service';
import { UsersService } from '../users/users.service';
import type { SectionTextDto } from './dto/text.dto';
import { forumAuditEntry } from './forum-audit';
import { ForumText, TextKind } from './forum-text.entity';
import type { Forum } from './forum.entity';
import { ForumBus } from './live/forum-bus';
import { sectionSave } from './text-rules';

/** One section of a shared text as it is read: its text, its version, and who saved it last. */
export interface TextSectionView {
  section: string;
  text: string;
  /** 0 for a section never saved: its text is then the proposal. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/**
 * A forum's shared texts, section by section: every section is saved on its own under the assessment form's rule, so
 * that a save of a section someone else has saved since is refused with 409. The preparatory documents and the group
 * rooms keep their texts here.
 */
@Injectable()
export class ForumTextsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly geography: GeographyService,
    private readonly users: UsersService,
    private readonly bus: ForumBus,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  /** Every text of the forum of a kind, or of one scope of it: what its results, documents and rooms read. */
  textsOf(forumId: string, kind: TextKind, scope?: string): Promise<ForumText[]> {
    return this.dataSource.getRepository(ForumText).findBy({ forumId, kind, ...(scope ? { scope } : {}) });
  }

  /** Saves one section written on the version read; tells the forum's live views when it changed. */
  async save(
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
        await this.audit.record(
          forumAuditEntry(actor, forum, 'forum.text_save', { kind, scope, section }),
          manager,
        );
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
      await this.audit.record(
        forumAuditEntry(actor, forum, 'forum.text_save', { kind, scope, section }),
        manager,
      );
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

  /** The names of the county's municipalities, by code. */
  async namesOf(countyCode: string): Promise<Map<string, string>> {
    return new Map((await this.geography.municipalitiesOfCounty(countyCode)).map((m) => [m.code, m.name]));
  }

  /** The names of users, by id: who saved a section last. */
  async userNames(ids: string[]): Promise<Map<string, string>> {
    const users = await this.users.findByIds([...new Set(ids)]);
    return new Map(users.map((u) => [u.id, u.name]));
  }
}

/** A section as it is read: what is stored, or the proposal for a section never saved. */
export function sectionView(
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
