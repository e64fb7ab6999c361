import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { canReadAudit } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { AuditEvent } from '../audit/audit-event.entity';
import { forbidden } from '../common/domain-error';
import { UsersService } from '../users/users.service';
import { AuditEventView, toAuditEventView } from './audit-event.view';

/** Reads the audit log, for those who may: a county's for its coordinators, any or all for admins. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly users: UsersService,
  ) {}

  /** A page of the log, newest first: entries of one county (or all, for `countyCode` null) before an entry id. */
  async list(
    actor: Actor,
    query: { countyCode: string | null; limit: number; beforeId?: number },
  ): Promise<AuditEventView[]> {
    if (!canReadAudit(actor, query.countyCode)) throw forbidden('forbidden.audit');
    const builder = this.events.createQueryBuilder('e').orderBy('e.id', 'DESC').limit(query.limit);
    if (query.countyCode !== null) builder.andWhere('e.county_code = :county', { county: query.countyCode });
    if (query.beforeId !== undefined) builder.andWhere('e.id < :before', { before: query.beforeId });
    const rows = await builder.getMany();
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
    const users = await this.users.findByIds(actorIds);
    return rows.map((row) => toAuditEventView(row, users));
  }
}
