import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { canManageRounds, canReadCountyPicture, canSeeCounty } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { forbidden, invalid, notFound } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { GeographyService } from '../geography/geography.service';
import { Organisation } from '../geography/organisation.entity';
import type { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationView, toOrganisationView } from './organisation.view';

/** An organisation's name as given, trimmed; one of nothing but spaces is refused. */
function nameOf(given: string): string {
  const name = given.trim();
  if (name === '') throw invalid([{ path: 'name', code: 'empty' }]);
  return name;
}

/**
 * A county's list of organisations that its rounds may ask besides the municipalities: kept by its coordinators,
 * read by its staff.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly geography: GeographyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  /** The county's organisations: 404 outside the county, 403 for its reporters. */
  async list(actor: Actor, countyCode: string): Promise<OrganisationView[]> {
    await this.readableCounty(actor, countyCode);
    return (await this.geography.organisationsOfCounty(countyCode)).map(toOrganisationView);
  }

  async create(actor: Actor, countyCode: string, dto: CreateOrganisationDto): Promise<OrganisationView> {
    await this.readableCounty(actor, countyCode);
    if (!canManageRounds(actor, countyCode)) throw forbidden('forbidden.organisations');
    const organisation = this.organisations.create({
      id: randomUUID(),
      countyCode,
      name: nameOf(dto.name),
      kind: dto.kind,
      active: true,
      createdAt: this.clock.now(),
    });
    await this.transactions.run(async (manager) => {
      await manager.insert(Organisation, organisation);
      await this.record(actor, organisation, 'organisation.create', manager);
    });
    return toOrganisationView(organisation);
  }

  async update(actor: Actor, id: string, dto: UpdateOrganisationDto): Promise<OrganisationView> {
    const organisation = await this.geography.findOrganisation(id);
    if (!organisation || !canSeeCounty(actor, organisation.countyCode))
      throw notFound('not_found.organisation');
    if (!canManageRounds(actor, organisation.countyCode)) throw forbidden('forbidden.organisations');
    const changes: Partial<Organisation> = {
      ...(dto.name !== undefined ? { name: nameOf(dto.name) } : {}),
      ...(dto.kind !== undefined ? { kind: dto.kind } : {}),
      ...(dto.active !== undefined ? { active: dto.active } : {}),
    };
    const next = { ...organisation, ...changes };
    if (Object.keys(changes).length === 0) return toOrganisationView(organisation);
    await this.transactions.run(async (manager) => {
      await manager.update(Organisation, { id }, changes);
      await this.record(actor, next, 'organisation.update', manager, Object.keys(changes).join(','));
    });
    return toOrganisationView(next);
  }

  private async readableCounty(actor: Actor, countyCode: string): Promise<void> {
    if (!(await this.geography.findCounty(countyCode)) || !canSeeCounty(actor, countyCode))
      throw notFound('not_found.county');
    if (!canReadCountyPicture(actor, countyCode)) throw forbidden('forbidden.organisations');
  }

  private record(
    actor: Actor,
    organisation: Organisation,
    action: 'organisation.create' | 'organisation.update',
    manager: Parameters<AuditService['record']>[1],
    fields?: string,
  ) {
    return this.audit.record(
      {
        actorId: actor.id,
        action,
        subjectType: 'organisation',
        subjectId: organisation.id,
        countyCode: organisation.countyCode,
        detail: fields ? { fields } : undefined,
      },
      manager,
    );
  }
}
