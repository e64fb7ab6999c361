import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { canReadAudit } from '../auth/access-policy';
import { forbidden } from '../common/domain-error';
import { User } from '../users/user.entity';
import type { Actor } from '../users/role';
import { AuditEventView, toAuditEventView } from './audit-event.view';
import { Clock } from '../common/clock';
import { Transactions } from '../database/transactions';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType?: string;
  subjectId?: string;
  countyCode?: string | null;
  detail?: Record<string, string | number | boolean | null>;
}

/** Appends to the audit log. There is deliberately no way here to change or remove an entry. */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  /** Records an entry; pass the transaction's manager so that the entry commits with the change it describes. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    if (!manager) return this.transactions.run((own) => this.record(entry, own));
    await manager.getRepository(AuditEvent).insert({
      at: this.clock.now(),
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      countyCode: entry.countyCode ?? null,
      detail: entry.detail ?? null,
    });
  }

  /** A page of the log, newest first: entries of one county (or all, for `countyCode` null) before an entry id. */
  async list(
    actor: Actor,
    query: { countyCode: string | null; limit: number; beforeId?: number },
  ): Promise<AuditEventView[]> {
    if (!canReadAudit(actor, query.countyCode))
      throw forbidden('Bara länets samordnare och administratörer läser loggen');
    const builder = this.events.createQueryBuilder('e').orderBy('e.id', 'DESC').limit(query.limit);
    if (query.countyCode !== null) builder.andWhere('e.county_code = :county', { county: query.countyCode });
    if (query.beforeId !== undefined) builder.andWhere('e.id < :before', { before: query.beforeId });
    const rows = await builder.getMany();
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
    const users = actorIds.length === 0 ? [] : await this.users.find({ where: { id: In(actorIds) } });
    return rows.map((row) => toAuditEventView(row, users));
  }

  /** Entries about one subject since an instant, oldest first. */
  findForSubjectSince(subjectType: string, subjectId: string, since: Date): Promise<AuditEvent[]> {
    return this.events
      .createQueryBuilder('e')
      .where('e.subject_type = :subjectType AND e.subject_id = :subjectId AND e.at > :since', {
        subjectType,
        subjectId,
        since: since.toISOString(),
      })
      .orderBy('e.id', 'ASC')
      .getMany();
  }
}
