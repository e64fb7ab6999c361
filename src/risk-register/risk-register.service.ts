import { Injectable } from '@nestjs/common';
import { canReadMunicipality } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { AssessmentRepository } from '../assessments/assessment.repository';
import { notFound } from '../common/domain-error';
import { GeographyService } from '../geography/geography.service';
import { rsaQuestionsOf, taxonomyOf } from '../rounds/round-rules';
import { RoundsService } from '../rounds/rounds.service';
import type { RiskRegister } from './risk-register.model';
import { RegisterSubmission, riskRegisterOf } from './risk-register';

/** The register follows a municipality's risks over at most this many of its latest rounds. */
export const REGISTER_ROUNDS = 20;

@Injectable()
export class RiskRegisterService {
  constructor(
    private readonly geography: GeographyService,
    private readonly rounds: RoundsService,
    private readonly assessments: AssessmentRepository,
  ) {}

  /**
   * The municipality's social-risk register, from its submitted assessments of the county's rounds: for its own
   * reporters, its county's staff and admins; 404 for anyone else.
   */
  async register(actor: Actor, municipalityCode: string): Promise<RiskRegister> {
    const municipality = await this.geography.findMunicipality(municipalityCode);
    if (!municipality || !canReadMunicipality(actor, municipality)) throw notFound('not_found.municipality');
    const [county, versions] = await Promise.all([
      this.geography.findCounty(municipality.countyCode),
      this.assessments.latestSubmissionsOf(municipality.code, municipality.countyCode, REGISTER_ROUNDS),
    ]);
    const rounds = new Map(
      (await this.rounds.findByIds(versions.map((v) => v.roundId))).map((round) => [round.id, round]),
    );
    const submissions = versions.flatMap((version): RegisterSubmission[] => {
      const round = rounds.get(version.roundId);
      if (!round) return [];
      const { id, title, periodStart, periodEnd } = round;
      return [
        {
          ...version,
          round: {
            id,
            title,
            periodStart,
            periodEnd,
            taxonomy: taxonomyOf(round),
            rsa: rsaQuestionsOf(round),
          },
        },
      ];
    });
    return riskRegisterOf({
      municipality: { code: municipality.code, name: municipality.name },
      county: { code: municipality.countyCode, name: county?.name ?? municipality.countyCode },
      submissions,
    });
  }
}
