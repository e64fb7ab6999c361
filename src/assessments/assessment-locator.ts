import { Injectable } from '@nestjs/common';
import { canReadMunicipality, Standing, standingOf } from '../access/access-policy';
import { forbidden, notFound } from '../common/domain-error';
import { GeographyService } from '../geography/geography.service';
import type { Municipality } from '../geography/municipality.entity';
import type { Round } from '../rounds/round.entity';
import { RoundsService } from '../rounds/rounds.service';
import { UsersService } from '../users/users.service';
import type { Actor } from '../access/actor';
import type { AssessmentDocument } from './assessment-document';
import type { Assessment } from './assessment.entity';
import { allKnown, itemIdsOf } from './item-identities';
import { AssessmentRepository, SubmittedVersion } from './assessment.repository';
import { AssessmentView, toAssessmentView } from './assessment.view';
import { prefillFrom } from './prefill';
import { allowedActions } from './workflow';
import { rsaQuestionsOf, taxonomyOf } from '../rounds/round-rules';

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
    private readonly users: UsersService,
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

  /**
   * The item ids the server gave that the draft may keep: the stored draft's, and those of the submission a new draft
   * is proposed from (read only when the draft carries ids the stored one does not have).
   */
  async knownIds(
    located: Located,
    stored: AssessmentDocument | null,
    document: AssessmentDocument,
  ): Promise<Set<string>> {
    const known = new Set(stored ? itemIdsOf(stored) : []);
    if (allKnown(document, known)) return known;
    const proposedFrom = await this.submissionAt(located, 'before');
    for (const id of proposedFrom ? itemIdsOf(proposedFrom.document) : []) known.add(id);
    return known;
  }

  /** The latest submission of the municipality in an earlier round of the county, made into a new draft's proposal. */
  async proposal(located: Located): Promise<NonNullable<Proposal> | null> {
    const last = await this.submissionAt(located, 'before');
    if (!last) return null;
    const previous = await this.rounds.findPrevious(located.round);
    const document = prefillFrom(last.document, taxonomyOf(located.round), {
      followUpPlans: previous?.id === last.roundId,
      rsa: rsaQuestionsOf(located.round),
    });
    return { document, from: { roundId: last.roundId, version: last.version } };
  }

  /** The assessment as the actor sees it: with the actions open to them and the last return comment while it counts. */
  async view(located: Located, row: Assessment | null, proposal: Proposal = null): Promise<AssessmentView> {
    let returnComment: string | null = null;
    if (row?.status === 'returned' || (row?.status === 'draft' && row.submittedAt !== null)) {
      returnComment = await this.rows.lastReturnComment(row.id);
    }
    const authors = [...new Set(Object.values(row?.sections ?? {}).map((m) => m.updatedBy))];
    const names = new Map((await this.users.findByIds(authors)).map((u) => [u.id, u.name]));
    const context = {
      roundId: located.round.id,
      municipality: located.municipality,
      rsa: rsaQuestionsOf(located.round),
    };
    return toAssessmentView(context, row, {
      returnComment,
      names,
      allowedActions: allowedActions(row?.status ?? 'not_started', located.standing, located.round.status),
      proposal,
    });
  }
}
