import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { canReadAudit } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { AuditEvent } from '../audit/audit-event.entity';
import { addDays, stockholmDayStart } from '../common/dates';
import { forbidden } from '../common/domain-error';
import { GeographyService } from '../geography/geography.service';
import { RoundsService } from '../rounds/rounds.service';
import { InvitationsService } from '../users/invitations/invitations.service';
import { UsersService } from '../users/users.service';
import { AUDIT_KINDS, AuditKind } from './audit-kinds';
import { AuditEventView, toAuditEventView } from './audit-event.view';

/** Which entries to read: a county's (or all, for `countyCode` null), narrowed by kind, actor and days in Sweden. */
export interface AuditQuery {
  countyCode: string | null;
  limit: number;
  beforeId?: number;
  kind?: AuditKind;
  actorId?: string;
  /** First and last calendar day, `YYYY-MM-DD`, Swedish time. */
  from?: string;
  to?: string;
}

/** Reads the audit log, for those who may: a county's for its coordinators, any or all for admins. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
    private readonly rounds: RoundsService,
    private readonly geography: GeographyService,
  ) {}

  /** A page of the log, newest first, with who acted and what each entry is about named. */
  async list(actor: Actor, query: AuditQuery): Promise<AuditEventView[]> {
    if (!canReadAudit(actor, query.countyCode)) throw forbidden('forbidden.audit');
    const builder = this.events.createQueryBuilder('e').orderBy('e.id', 'DESC').limit(query.limit);
    if (query.countyCode !== null) builder.andWhere('e.county_code = :county', { county: query.countyCode });
    if (query.beforeId !== undefined) builder.andWhere('e.id < :before', { before: query.beforeId });
    if (query.kind) builder.andWhere('e.action IN (:...actions)', { actions: [...AUDIT_KINDS[query.kind]] });
    if (query.actorId) builder.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.from) builder.andWhere('e.at >= :from', { from: stockholmDayStart(query.from).toISOString() });
    if (query.to)
      builder.andWhere('e.at < :to', { to: stockholmDayStart(addDays(query.to, 1)).toISOString() });
    return this.described(await builder.getMany());
  }

  /** The people who appear in a county's log (all of it, for null), for the filter by user. */
  async actorsOf(
    actor: Actor,
    countyCode: string | null,
  ): Promise<{ id: string; name: string; email: string }[]> {
    if (!canReadAudit(actor, countyCode)) throw forbidden('forbidden.audit');
    const builder = this.events
      .createQueryBuilder('e')
      .select('DISTINCT e.actor_id', 'actorId')
      .where('e.actor_id IS NOT NULL');
    if (countyCode !== null) builder.andWhere('e.county_code = :county', { county: countyCode });
    const ids = (await builder.getRawMany<{ actorId: string }>()).map((r) => r.actorId);
    const users = await this.users.findByIds(ids);
    return users
      .map((u) => ({ id: u.id, name: u.name, email: u.email }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  /** Names what each entry is about: the user, round or invitation, or the municipality of an assessment. */
  private async described(rows: AuditEvent[]): Promise<AuditEventView[]> {
    const idsOf = (type: string) => [
      ...new Set(rows.filter((r) => r.subjectType === type && r.subjectId).map((r) => r.subjectId!)),
    ];
    const actorIds = rows.map((r) => r.actorId).filter((id): id is string => id !== null);
    const people = await this.users.findByIds([...new Set([...actorIds, ...idsOf('user')])]);
    const rounds = await this.rounds.findByIds(idsOf('round'));
    const invited = await this.invitations.findByIds(idsOf('invitation'));
    const municipalities = await this.geography.municipalityNames();
    const labels = new Map<string, string>([
      ...people.map((u) => [`user:${u.id}`, u.name] as const),
      ...rounds.map((r) => [`round:${r.id}`, r.title] as const),
      ...invited.map((i) => [`invitation:${i.id}`, `${i.name}, ${i.email}`] as const),
    ]);
    return rows.map((row) => {
      const code = row.detail?.municipalityCode;
      const label =
        labels.get(`${row.subjectType}:${row.subjectId}`) ??
        (typeof code === 'string' ? (municipalities.get(code) ?? null) : null);
      return toAuditEventView(row, people, label);
    });
  }
}
