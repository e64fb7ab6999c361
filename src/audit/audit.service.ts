import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
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
