import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssessmentRepository } from '../assessments/assessment.repository';
import { FiguresRepository } from '../assessments/figures/figures.repository';
import { AuditService } from '../audit/audit.service';
import { canReadCountyPicture, isCountyStaff } from '../access/access-policy';
import { Clock } from '../common/clock';
import { forbidden, invalid } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { GeographyService } from '../geography/geography.service';
import { Round } from '../rounds/round.entity';
import { rsaQuestionsOf, taxonomyOf } from '../rounds/round-rules';
import { RoundsService } from '../rounds/rounds.service';
import type { Actor } from '../access/actor';
import { countedStatuses } from '../assessments/counted';
import { buildCountyPicture, PictureInput } from './county-picture.builder';
import type { OrganisationInput } from './organisation-figures';
import type { CountyPicture, Include, MunicipalityRow } from './county-picture.model';
import { isNarrativeSection } from './narrative-sections';
import { Narrative, narrativesOf, storeNarrative } from './narrative.entity';
import { snapshotHashOf } from './snapshot-hash';
import { TrendsService } from '../trends/trends.service';
import { ForumResultsService } from '../forums/forum-results.service';

export interface PictureWithHash {
  picture: CountyPicture;
  /** sha256 of the picture: equal whenever the data behind it is unchanged. */
  snapshotHash: string;
}

@Injectable()
export class CountyPictureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
    private readonly geography: GeographyService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly assessments: AssessmentRepository,
    private readonly figures: FiguresRepository,
    private readonly trends: TrendsService,
    private readonly forums: ForumResultsService,
  ) {}

  /** The round, if the actor may read its county picture: 404 outside their county, 403 for reporters. */
  async readableRound(actor: Actor, roundId: string): Promise<Round> {
    const round = await this.rounds.findVisible(actor, roundId);
    if (!canReadCountyPicture(actor, round.countyCode)) throw forbidden('forbidden.county_picture');
    return round;
  }

  async picture(actor: Actor, roundId: string, include: Include): Promise<PictureWithHash> {
    return this.build(await this.readableRound(actor, roundId), include);
  }

  async build(round: Round, include: Include): Promise<PictureWithHash> {
    const input = await this.inputOf(round, include);
    return { picture: buildCountyPicture(input), snapshotHash: snapshotHashOf(input) };
  }

  /** Everything the county picture of a round is built from, read from the database. */
  async inputOf(round: Round, include: Include): Promise<PictureInput> {
    const [previous, municipalities] = await Promise.all([
      this.rounds.findPrevious(round),
      this.geography.municipalitiesOfCounty(round.countyCode),
    ]);
    const [county, assessments, previousFigures, narratives, trends, forums, organisations] =
      await Promise.all([
        this.geography.findCounty(round.countyCode),
        this.assessments.latestOfRound(round.id),
        previous ? this.figures.ofRound(previous.id, countedStatuses(include)) : Promise.resolve([]),
        this.narratives(round.id),
        this.trends.ofCounty(round.countyCode, { include }, round, municipalities.length),
        this.forums.ofRound(round),
        this.organisationsOf(round),
      ]);
    const rows: MunicipalityRow[] = municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      groupCode: m.group?.code ?? null,
      groupName: m.group?.name ?? null,
      mainGroup: m.group?.mainGroup ?? null,
      mainGroupName: m.group?.mainGroupName ?? null,
      population: m.population?.value ?? null,
    }));
    return {
      round: {
        id: round.id,
        title: round.title,
        countyCode: round.countyCode,
        countyName: county?.name ?? round.countyCode,
        periodStart: round.periodStart,
        periodEnd: round.periodEnd,
        deadline: round.deadline,
        status: round.status,
        caseNumber: round.caseNumber,
        contact: { name: round.contactName, email: round.contactEmail, phone: round.contactPhone },
        taxonomy: taxonomyOf(round),
        rsa: rsaQuestionsOf(round),
      },
      include,
      municipalities: rows,
      assessments,
      previous: previous
        ? {
            round: {
              id: previous.id,
              title: previous.title,
              periodStart: previous.periodStart,
              periodEnd: previous.periodEnd,
              taxonomy: taxonomyOf(previous),
            },
            figures: previousFigures,
          }
        : null,
      narratives,
      trends,
      forums,
      organisations,
    };
  }

  /** The organisations the round asks, and any it no longer asks that answered it, with their assessments. */
  private async organisationsOf(round: Round): Promise<OrganisationInput[]> {
    const [all, answered] = await Promise.all([
      this.geography.organisationsOfCounty(round.countyCode),
      this.assessments.latestOfOrganisations(round.id),
    ]);
    const byId = new Map(answered.map((a) => [a.organisationId, a]));
    const asked = new Set(round.organisationIds ?? []);
    return all
      .filter((o) => asked.has(o.id) || byId.has(o.id))
      .map((o) => {
        const answer = byId.get(o.id);
        return {
          organisation: { id: o.id, name: o.name, kind: o.kind, countyCode: o.countyCode },
          assessment: answer
            ? {
                assessmentId: answer.assessmentId,
                status: answer.status,
                late: answer.late,
                latest: answer.latest,
              }
            : null,
        };
      });
  }

  async saveNarrative(
    actor: Actor,
    roundId: string,
    section: string,
    text: string,
  ): Promise<Record<string, string>> {
    const round = await this.readableRound(actor, roundId);
    if (!isCountyStaff(actor, round.countyCode)) throw forbidden('forbidden.narratives');
    if (!isNarrativeSection(section, taxonomyOf(round))) {
      throw invalid([{ path: 'section', code: 'not_a_section', params: { section } }]);
    }
    await this.transactions.run(async (manager) => {
      await storeNarrative(
        manager,
        Narrative,
        { roundId: round.id },
        { section, text, updatedBy: actor.id, updatedAt: this.clock.now() },
      );
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'narrative.save',
          subjectType: 'round',
          subjectId: round.id,
          countyCode: round.countyCode,
          detail: { section },
        },
        manager,
      );
    });
    return this.narratives(round.id);
  }

  async readNarratives(actor: Actor, roundId: string): Promise<Record<string, string>> {
    return this.narratives((await this.readableRound(actor, roundId)).id);
  }

  private narratives(roundId: string): Promise<Record<string, string>> {
    return narrativesOf(this.dataSource.manager, Narrative, { roundId });
  }
}
