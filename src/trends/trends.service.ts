import { Injectable } from '@nestjs/common';
import { countedStatuses, Include } from '../assessments/counted';
import { FiguresRepository } from '../assessments/figures/figures.repository';
import { canReadCountyPicture, canReadMunicipality, canSeeCounty } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { forbidden, invalid, notFound } from '../common/domain-error';
import { GeographyService } from '../geography/geography.service';
import type { Round } from '../rounds/round.entity';
import { taxonomyOf } from '../rounds/round-rules';
import { RoundsService } from '../rounds/rounds.service';
import { buildTrends } from './trend-builder';
import type { CountyTrends, MunicipalityTrends, Trends } from './trends.model';

/** Which rounds a trend spans: those whose period overlaps `from`–`to` (dates, both optional). */
export interface TrendScope {
  include: Include;
  from?: string;
  to?: string;
}

/** Each risk area over a county's rounds, or one municipality's, read from the figures of the submissions. */
@Injectable()
export class TrendsService {
  constructor(
    private readonly rounds: RoundsService,
    private readonly geography: GeographyService,
    private readonly figures: FiguresRepository,
  ) {}

  /** The county's trends: 404 outside the county, 403 for its reporters (the picture is the county board's). */
  async county(actor: Actor, countyCode: string, scope: TrendScope): Promise<CountyTrends> {
    const county = await this.geography.findCounty(countyCode);
    if (!county || !canSeeCounty(actor, countyCode)) throw notFound('not_found.county');
    if (!canReadCountyPicture(actor, countyCode)) throw forbidden('forbidden.county_picture');
    return { county: { code: county.code, name: county.name }, ...(await this.ofCounty(countyCode, scope)) };
  }

  /** One municipality's trends: for its own reporters, its county's staff and admins; 404 for anyone else. */
  async municipality(actor: Actor, code: string, scope: TrendScope): Promise<MunicipalityTrends> {
    const municipality = await this.geography.findMunicipality(code);
    if (!municipality || !canReadMunicipality(actor, municipality)) throw notFound('not_found.municipality');
    const rounds = this.within(await this.rounds.openedRoundsOf(municipality.countyCode), scope);
    const counts = await this.figures.municipalityCounts(
      code,
      rounds.map((r) => r.id),
      countedStatuses(scope.include),
    );
    return {
      municipality: { code: municipality.code, name: municipality.name, countyCode: municipality.countyCode },
      ...buildTrends({ include: scope.include, rounds: rounds.map(axisOf), expected: 1, counts }),
    };
  }

  /**
   * The county's trends over its opened rounds in the scope (up to a round, when given), without access checks: for
   * the picture and collections. `expected` spares reading the county's municipalities when the caller has them.
   */
  async ofCounty(countyCode: string, scope: TrendScope, upTo?: Round, expected?: number): Promise<Trends> {
    const opened = await this.rounds.openedRoundsOf(countyCode);
    const rounds = this.within(
      upTo ? opened.filter((r) => r.periodStart <= upTo.periodStart) : opened,
      scope,
    );
    const [counts, municipalities] = await Promise.all([
      this.figures.roundCounts(
        countyCode,
        rounds.map((r) => r.id),
        countedStatuses(scope.include),
      ),
      expected ?? this.geography.municipalitiesOfCounty(countyCode).then((m) => m.length),
    ]);
    return buildTrends({
      include: scope.include,
      rounds: rounds.map(axisOf),
      expected: municipalities,
      counts,
    });
  }

  private within(rounds: Round[], scope: TrendScope): Round[] {
    if (scope.from && scope.to && scope.from > scope.to)
      throw invalid([{ path: 'to', code: 'before_from', params: { date: scope.from } }]);
    return rounds.filter(
      (r) => (!scope.from || r.periodEnd >= scope.from) && (!scope.to || r.periodStart <= scope.to),
    );
  }
}

const axisOf = (round: Round) => ({
  id: round.id,
  title: round.title,
  periodStart: round.periodStart,
  periodEnd: round.periodEnd,
  areas: taxonomyOf(round).riskAreas.map((a) => a.code),
});
