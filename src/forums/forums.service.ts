import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { canPlanForums, canReadForums, canSeeCounty } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { AssessmentRepository } from '../assessments/assessment.repository';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/db-errors';
import { FieldError, forbidden, invalid, notFound, versionConflict } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { GeographyService } from '../geography/geography.service';
import { RoundsService } from '../rounds/rounds.service';
import type { CreateForumDto, ForumGroupDto, UpdateForumDto } from './dto/forum.dto';
import {
  AgendaQuestion,
  ForumGroup,
  ForumMunicipality,
  groupErrors,
  groupsByMainGroup,
  groupsFromPrevious,
  newJoinCode,
  proposeAgenda,
} from './forum-rules';
import { Forum } from './forum.entity';
import { ForumView, toForumView } from './forum.view';
import { forumAuditEntry } from './forum-audit';

/** Tries this many join codes before giving up: with 887 million codes, a second try is already rare. */
const JOIN_CODE_TRIES = 5;

const groupsOf = (dto: ForumGroupDto[]): ForumGroup[] =>
  dto.map((g) => ({ id: g.id, name: g.name.trim(), municipalityCodes: g.municipalityCodes ?? [] }));

/** Agenda questions by hand: each id once. */
function agendaErrors(agenda: AgendaQuestion[]): FieldError[] {
  const seen = new Set<string>();
  return agenda.flatMap((q, i) => {
    const twice = seen.has(q.id);
    seen.add(q.id);
    return twice ? [{ path: `agenda[${i}].id`, code: 'duplicate_id' as const, params: { id: q.id } }] : [];
  });
}

/**
 * A county's dialogue forums: planned by its coordinators for a round or none, with an agenda proposed from the seed
 * questions and the themes its municipalities asked for, and groups by SKR main group, as the previous forum's or by
 * hand.
 */
@Injectable()
export class ForumsService {
  constructor(
    @InjectRepository(Forum) private readonly forums: Repository<Forum>,
    private readonly geography: GeographyService,
    private readonly rounds: RoundsService,
    private readonly assessments: AssessmentRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  async create(actor: Actor, dto: CreateForumDto): Promise<ForumView> {
    if (!(await this.geography.findCounty(dto.countyCode)))
      throw invalid([{ path: 'countyCode', code: 'county_unknown' }]);
    if (!canPlanForums(actor, dto.countyCode)) throw forbidden('forbidden.forums');
    const round = dto.roundId ? (await this.rounds.findByIds([dto.roundId]))[0] : undefined;
    if (dto.roundId && (!round || round.countyCode !== dto.countyCode))
      throw invalid([{ path: 'roundId', code: 'round_unknown' }]);
    const groups = await this.groupsFor(dto);
    const wishes = round
      ? (await this.assessments.latestOfRound(round.id)).flatMap((a) =>
          (a.latest?.document.forumThemes ?? []).map((text) => ({
            municipalityCode: a.municipalityCode,
            text,
          })),
        )
      : [];
    const now = this.clock.now();
    for (let attempt = 1; ; attempt += 1) {
      const forum = this.forums.create({
        id: randomUUID(),
        countyCode: dto.countyCode,
        roundId: round?.id ?? null,
        title: dto.title.trim(),
        startsAt: new Date(dto.startsAt),
        agenda: proposeAgenda(wishes),
        grouping: dto.grouping,
        groups,
        joinCode: newJoinCode(),
        version: 1,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
      });
      try {
        await this.transactions.run(async (manager) => {
          await manager.insert(Forum, forum);
          await this.audit.record(forumAuditEntry(actor, forum, 'forum.create'), manager);
        });
        return toForumView(forum);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt === JOIN_CODE_TRIES) throw error;
      }
    }
  }

  /** The county's forums, the next first. */
  async list(actor: Actor, countyCode: string): Promise<ForumView[]> {
    if (!canSeeCounty(actor, countyCode)) throw notFound('not_found.county');
    if (!canReadForums(actor, countyCode)) throw forbidden('forbidden.forums');
    const forums = await this.forums.find({ where: { countyCode }, order: { startsAt: 'DESC' } });
    return forums.map(toForumView);
  }

  /** The forums of the county a participant (a reporter, or its staff) belongs to, the next first: what they prepare for. */
  async ofOwnCounty(actor: Actor): Promise<ForumView[]> {
    if (!actor.countyCode) return [];
    const forums = await this.forums.find({
      where: { countyCode: actor.countyCode },
      order: { startsAt: 'DESC' },
    });
    return forums.map(toForumView);
  }

  async get(actor: Actor, id: string): Promise<ForumView> {
    return toForumView(await this.readable(actor, id));
  }

  /** Changes the title, time, agenda or groups of the version read; a change to an older version is refused. */
  async update(actor: Actor, id: string, dto: UpdateForumDto): Promise<ForumView> {
    const forum = await this.runnable(actor, id);
    const agenda = dto.agenda?.map((q) => ({
      id: q.id,
      text: { sv: q.text.sv.trim(), en: q.text.en.trim() },
      askedBy: forum.agenda.find((known) => known.id === q.id)?.askedBy ?? [],
    }));
    const groups = dto.groups ? groupsOf(dto.groups) : undefined;
    const errors = [
      ...(agenda ? agendaErrors(agenda) : []),
      ...(groups ? groupErrors(groups, await this.countyCodes(forum.countyCode)) : []),
    ];
    if (errors.length > 0) throw invalid(errors);
    const changes: Partial<Forum> = {
      ...(dto.title !== undefined ? { title: dto.title.trim() } : {}),
      ...(dto.startsAt !== undefined ? { startsAt: new Date(dto.startsAt) } : {}),
      ...(agenda ? { agenda } : {}),
      ...(groups ? { groups, grouping: 'manual' as const } : {}),
      version: dto.version + 1,
      updatedAt: this.clock.now(),
    };
    await this.transactions.run(async (manager) => {
      const result = await manager.update(Forum, { id, version: dto.version }, changes);
      if (!result.affected)
        throw versionConflict(
          'forum.changed',
          (await manager.findOneBy(Forum, { id }))?.version ?? forum.version,
        );
      await this.audit.record(forumAuditEntry(actor, forum, 'forum.update'), manager);
    });
    return toForumView(Object.assign(forum, changes));
  }

  /** The forum, for anyone of its county (its reporters prepare for it) and admins; 404 for anyone else. */
  async visible(actor: Actor, id: string): Promise<Forum> {
    const forum = await this.forums.findOneBy({ id });
    if (!forum || !canSeeCounty(actor, forum.countyCode)) throw notFound('not_found.forum');
    return forum;
  }

  /** The forum, for its county's staff and admins; 404 for anyone who does not see its county. */
  async readable(actor: Actor, id: string): Promise<Forum> {
    const forum = await this.visible(actor, id);
    if (!canReadForums(actor, forum.countyCode)) throw forbidden('forbidden.forums');
    return forum;
  }

  /** The forum, for those who run it: its county's coordinators and admins. */
  async runnable(actor: Actor, id: string): Promise<Forum> {
    const forum = await this.readable(actor, id);
    if (!canPlanForums(actor, forum.countyCode)) throw forbidden('forbidden.forums');
    return forum;
  }

  private async municipalities(countyCode: string): Promise<ForumMunicipality[]> {
    return (await this.geography.municipalitiesOfCounty(countyCode)).map((m) => ({
      code: m.code,
      name: m.name,
      mainGroup: m.group?.mainGroup ?? null,
      mainGroupName: m.group?.mainGroupName ?? null,
    }));
  }

  private async countyCodes(countyCode: string): Promise<Set<string>> {
    return new Set((await this.municipalities(countyCode)).map((m) => m.code));
  }

  /** The groups a new forum starts with, as its grouping says. */
  private async groupsFor(dto: CreateForumDto): Promise<ForumGroup[]> {
    const municipalities = await this.municipalities(dto.countyCode);
    if (dto.grouping === 'mainGroup') return groupsByMainGroup(municipalities);
    if (dto.grouping === 'previous') {
      const previous = await this.forums.findOne({
        where: { countyCode: dto.countyCode },
        order: { startsAt: 'DESC', createdAt: 'DESC' },
      });
      if (!previous) throw invalid([{ path: 'grouping', code: 'no_previous_forum' }]);
      return groupsFromPrevious(previous.groups, municipalities);
    }
    if (!dto.groups) throw invalid([{ path: 'groups', code: 'required' }]);
    const groups = groupsOf(dto.groups);
    const errors = groupErrors(groups, new Set(municipalities.map((m) => m.code)));
    if (errors.length > 0) throw invalid(errors);
    return groups;
  }
}
