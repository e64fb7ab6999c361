import { Injectable } from '@nestjs/common';
import { canReadMunicipality, Standing, standingOf } from '../access/access-policy';
import { forbidden, notFound } from '../common/domain-error';
import { GeographyService } from '../geography/geography.service';
import type { Municipality } from '../geography/municipality.entity';
import type { Round } from '../rounds/round.entity';
import { RoundsService } from '../rounds/rounds.service';
import type { Actor } from '../access/actor';
import type { Assessment } from './assessment.entity';
import { AssessmentRepository, SubmittedVersion } from './assessment.repository';
import { AssessmentView, toAssessmentView } from './assessment.view';
import { allowedActions } from './workflow';

/** The round and municipality an assessment belongs to, and where the actor stands to it. */
export interface Located {
  round: Round;
  municipality: Municipality;
  standing: Standing;
}

export type Proposal = Parameters<typeof toAssessmentView>[2]['proposal'];

/** Finds an assessment for an actor, as both the workflow and the reads do: one access rule, one view. */
@Injectable()
export class AssessmentLocator {
  constructor(
    private readonly rounds: RoundsService,
    private readonly geography: GeographyService,
    private readonly rows: AssessmentRepository,
  ) {}

  /** The round and municipality, if the actor may read them: 404 outside the actor's county, 403 inside it. */
  async locate(actor: Actor, roundId: string, municipalityCode: string): Promise<Located> {
    const round = await this.rounds.findVisible(actor, roundId);
    const municipality = await this.geography.findMunicipality(municipalityCode);
    if (!municipality || municipality.countyCode !== round.countyCode)
      throw notFound('not_found.municipality_in_county');
    if (!canReadMunicipality(actor, municipality)) throw forbidden('forbidden.municipality');
    return { round, municipality, standing: standingOf(actor, municipality) };
  }

  find(located: Located): Promise<Assessment | null> {
    return this.rows.find(located.round.id, located.municipality.code);
  }

  /**
   * A submitted version of the municipality's assessment: in this round (the latest, or number `number`), or the
   * latest one of an earlier round of the county (`before`).
   */
  submissionAt(located: Located, which: 'before' | 'latest' | number): Promise<SubmittedVersion | null> {
    const { round, municipality } = located;
    return this.rows.submissionOf(
      municipality.code,
      which === 'before'
        ? { before: { countyCode: round.countyCode, periodStart: round.periodStart } }
        : { roundId: round.id, number: which === 'latest' ? undefined : which },
    );
  }

  /** The assessment as the actor sees it: with the actions open to them and the last return comment while it counts. */
  async view(located: Located, row: Assessment | null, proposal: Proposal = null): Promise<AssessmentView> {
    let returnComment: string | null = null;
    if (row?.status === 'returned' || (row?.status === 'draft' && row.submittedAt !== null)) {
      returnComment = await this.rows.lastReturnComment(row.id);
    }
    return toAssessmentView({ roundId: located.round.id, municipality: located.municipality }, row, {
      returnComment,
      allowedActions: allowedActions(row?.status ?? 'not_started', located.standing, located.round.status),
      proposal,
    });
  }
}
