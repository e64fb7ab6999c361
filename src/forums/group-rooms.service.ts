import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canReadGroupNotes, canWriteGroupNotes, isCountyStaff } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { forbidden, notFound } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import type { SectionTextDto, TimerDto } from './dto/text.dto';
import { forumAuditEntry } from './forum-audit';
import type { ForumGroup } from './forum-rules';
import { ForumTimer } from './forum-text.entity';
import { sectionView, TextSectionView, ForumTextsService } from './forum-texts.service';
import type { Forum } from './forum.entity';
import { ForumsService } from './forums.service';
import { ForumBus } from './live/forum-bus';
import { SUMMARY } from './text-rules';

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
 * A forum's group rooms: a note on each municipality's presentation and the group's summary, written by the county's
 * staff and the group's municipalities at once, and a timer for the presentations.
 */
@Injectable()
export class GroupRoomsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly forums: ForumsService,
    private readonly texts: ForumTextsService,
    private readonly bus: ForumBus,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  async get(actor: Actor, forumId: string, groupId: string): Promise<GroupRoomView> {
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
    return this.texts.save(actor, forum, 'note', group.id, section, dto);
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
      await this.audit.record(
        forumAuditEntry(actor, forum, 'forum.timer_start', {
          group: group.id,
          municipality: dto.municipalityCode,
        }),
        manager,
      );
    });
    await this.bus.publish({ forumId: forum.id, type: 'texts', kind: 'note', scope: group.id });
    return this.roomOf(forum, group);
  }

  private async roomOf(forum: Forum, group: ForumGroup): Promise<GroupRoomView> {
    const [names, texts, timer] = await Promise.all([
      this.texts.namesOf(forum.countyCode),
      this.texts.textsOf(forum.id, 'note', group.id),
      this.dataSource.getRepository(ForumTimer).findOneBy({ forumId: forum.id, groupId: group.id }),
    ]);
    const users = await this.texts.userNames(texts.map((t) => t.updatedBy));
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
}
