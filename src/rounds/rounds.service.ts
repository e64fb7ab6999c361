import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canManageRounds, canSeeCounty, canSeeRound } from '../access/access-policy';
import { Clock } from '../common/clock';
import { DomainError, ErrorCode, FieldError, forbidden, invalid, notFound } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { GeographyService } from '../geography/geography.service';
import { DEFAULT_TAXONOMY } from '../taxonomy/default-taxonomy';
import { resolveTaxonomy } from '../taxonomy/taxonomy';
import type { Actor } from '../access/actor';
import { CreateRoundDto, ReportDetailsDto } from './dto/create-round.dto';
import { reportDetailsOf, rsaQuestionsFrom } from './round-rules';
import { nextRoundStatus, RoundMove, RoundStatus } from './round-lifecycle';
import { checkRoundDefinition } from './round-rules';
import { Round } from './round.entity';
import { toRoundView, RoundView } from './round.view';
import { openedRounds } from './round.queries';

@Injectable()
export class RoundsService {
  constructor(
    @InjectRepository(Round) private readonly rounds: Repository<Round>,
    private readonly geography: GeographyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  async create(actor: Actor, dto: CreateRoundDto): Promise<RoundView> {
    if (!(await this.geography.findCounty(dto.countyCode))) {
      throw invalid([{ path: 'countyCode', code: 'county_unknown' }]);
    }
    if (!canManageRounds(actor, dto.countyCode)) throw forbidden('forbidden.rounds_create');
    const errors = [
      ...checkRoundDefinition(dto),
      ...(await this.organisationErrors(dto.countyCode, dto.organisationIds ?? [])),
    ];
    if (errors.length > 0) throw invalid(errors);
    const round = this.rounds.create({
      id: randomUUID(),
      countyCode: dto.countyCode,
      title: dto.title.trim(),
      triggeringEvent: dto.triggeringEvent?.trim() || null,
      periodStart: dto.periodStart,
      periodEnd: dto.periodEnd,
      deadline: dto.deadline,
      acceptLate: dto.acceptLate ?? true,
      ...reportDetailsOf(dto),
      reminderPlan: dto.reminderPlan ?? null,
      status: 'planned',
      taxonomy: null,
      taxonomyOverride: dto.taxonomy ? structuredClone(dto.taxonomy) : null,
      rsaQuestions: rsaQuestionsFrom(dto.rsa),
      organisationIds: dto.organisationIds?.length ? [...dto.organisationIds] : null,
      createdBy: actor.id,
      createdAt: this.clock.now(),
      openedAt: null,
      closedAt: null,
    });
    await this.transactions.run(async (manager) => {
      await manager.insert(Round, round);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'round.create',
          subjectType: 'round',
          subjectId: round.id,
          countyCode: round.countyCode,
        },
        manager,
      );
    });
    return toRoundView(round);
  }

  async list(actor: Actor, countyCode: string | undefined): Promise<RoundView[]> {
    const county = countyCode ?? actor.countyCode;
    if (county !== null && !canSeeCounty(actor, county)) throw forbidden('forbidden.rounds_county');
    const rounds = await this.rounds.find({
      where: county === null ? {} : { countyCode: county },
      order: { countyCode: 'ASC', periodStart: 'DESC' },
    });
    return rounds.filter((round) => canSeeRound(actor, round)).map(toRoundView);
  }

  /** The report's case number and contact, at any stage of the round: by the county's coordinators. */
  async updateReportDetails(actor: Actor, id: string, dto: ReportDetailsDto): Promise<RoundView> {
    const round = await this.findVisible(actor, id);
    if (!canManageRounds(actor, round.countyCode)) throw forbidden('forbidden.rounds_manage');
    const changes = reportDetailsOf(dto, round);
    const changed = Object.keys(changes).filter(
      (key) => changes[key as keyof typeof changes] !== round[key as keyof typeof changes],
    );
    if (changed.length === 0) return toRoundView(round);
    return this.updated(actor, round, changes, changed);
  }

  /**
   * The organisations the round asks besides its municipalities, chosen again by the county's coordinators while the
   * round is planned or open; one asked before keeps its answer, but is no longer expected.
   */
  async setOrganisations(actor: Actor, id: string, organisationIds: string[]): Promise<RoundView> {
    const round = await this.findVisible(actor, id);
    if (!canManageRounds(actor, round.countyCode)) throw forbidden('forbidden.rounds_manage');
    if (round.status === 'closed') throw new DomainError(ErrorCode.InvalidTransition, 'round.closed');
    const errors = await this.organisationErrors(round.countyCode, organisationIds);
    if (errors.length > 0) throw invalid(errors);
    const changes = { organisationIds: organisationIds.length > 0 ? [...organisationIds] : null };
    return this.updated(actor, round, changes, Object.keys(changes));
  }

  /** Writes changes of a round's settings, audited as `round.update` with the fields they changed. */
  private async updated(
    actor: Actor,
    round: Round,
    changes: Partial<Round>,
    fields: string[],
  ): Promise<RoundView> {
    await this.transactions.run(async (manager) => {
      await manager.update(Round, { id: round.id }, changes);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'round.update',
          subjectType: 'round',
          subjectId: round.id,
          countyCode: round.countyCode,
          detail: { fields: fields.join(',') },
        },
        manager,
      );
    });
    return toRoundView({ ...round, ...changes });
  }

  /** Each chosen organisation must be an active one of the round's county. */
  private async organisationErrors(countyCode: string, ids: string[]): Promise<FieldError[]> {
    if (ids.length === 0) return [];
    const active = new Set((await this.geography.organisationsOfCounty(countyCode, true)).map((o) => o.id));
    return ids.flatMap((value, i): FieldError[] =>
      active.has(value)
        ? []
        : [{ path: `organisationIds[${i}]`, code: 'organisation_unknown', params: { value } }],
    );
  }

  async get(actor: Actor, id: string): Promise<RoundView> {
    return toRoundView(await this.findVisible(actor, id));
  }

  /** The round if the actor may see it; otherwise "not found", so that other counties' rounds are not revealed. */
  async findVisible(actor: Actor, id: string): Promise<Round> {
    const round = await this.rounds.findOneBy({ id });
    if (!round || !canSeeRound(actor, round)) throw notFound('not_found.round');
    return round;
  }

  /** Every open round, of every county: what the reminder schedule looks at. */
  openRounds(): Promise<Round[]> {
    return this.rounds.find({ where: { status: 'open' } });
  }

  /** Rounds that have been opened, of the county or of the whole country, in county and period order. */
  openedRoundsOf(countyCode: string | null): Promise<Round[]> {
    return openedRounds(this.rounds, countyCode);
  }

  /** The rounds of these ids that exist, in no particular order; access is the caller's to check. */
  findByIds(ids: string[]): Promise<Round[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.rounds.findBy({ id: In(ids) });
  }

  /** The county's latest opened round that started before this one, for comparisons. */
  findPrevious(round: Round): Promise<Round | null> {
    return this.rounds
      .createQueryBuilder('r')
      .where('r.county_code = :county AND r.period_start < :start AND r.status <> :planned', {
        county: round.countyCode,
        start: round.periodStart,
        planned: 'planned',
      })
      .orderBy('r.period_start', 'DESC')
      .limit(1)
      .getOne();
  }

  /** The round and the status `move` takes it to, or the refusal the move would get: what a confirmation checks. */
  async requireMovable(
    actor: Actor,
    id: string,
    move: RoundMove,
  ): Promise<{ round: Round; next: RoundStatus }> {
    const round = await this.findVisible(actor, id);
    if (!canManageRounds(actor, round.countyCode)) throw forbidden('forbidden.rounds_move');
    const next = nextRoundStatus(round.status, move);
    if (!next) {
      throw new DomainError(ErrorCode.InvalidTransition, {
        code: move === 'open' ? 'round.cannot_open' : 'round.cannot_close',
        params: { status: round.status },
      });
    }
    return { round, next };
  }

  async move(actor: Actor, id: string, move: RoundMove): Promise<RoundView> {
    const { round, next } = await this.requireMovable(actor, id, move);
    const now = this.clock.now();
    const changes: Partial<Round> =
      move === 'open'
        ? { status: next, openedAt: now, taxonomy: resolveTaxonomy(DEFAULT_TAXONOMY, round.taxonomyOverride) }
        : { status: next, closedAt: now };
    await this.transactions.run(async (manager) => {
      const result = await manager.update(Round, { id: round.id, status: round.status }, changes);
      if (result.affected !== 1)
        throw new DomainError(ErrorCode.InvalidTransition, 'round.changed_meanwhile');
      await this.audit.record(
        {
          actorId: actor.id,
          action: `round.${move}`,
          subjectType: 'round',
          subjectId: round.id,
          countyCode: round.countyCode,
        },
        manager,
      );
    });
    return toRoundView(Object.assign(round, changes));
  }
}
