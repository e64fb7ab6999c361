import { Injectable } from '@nestjs/common';
import { canReadRespondent, Standing, standingOf } from '../access/access-policy';
import { forbidden, notFound } from '../common/domain-error';
import { GeographyService } from '../geography/geography.service';
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
import { kindOfKey, municipalityRespondent, organisationRespondent, Respondent } from './respondent';

/** The round and respondent an assessment belongs to, and where the actor stands to it. */
export interface Located {
  round: Round;
  respondent: Respondent;
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

  /**
   * The round and respondent, if the actor may read them: 404 outside the actor's county (or for an organisation the
   * round neither asks nor has an answer of), 403 inside it. `key` is a municipality's code or an organisation's id.
   */
  async locate(actor: Actor, roundId: string, key: string): Promise<Located> {
    const round = await this.rounds.findVisible(actor, roundId);
    const respondent = await this.respondentOf(round, key);
    if (!canReadRespondent(actor, respondent))
      throw forbidden(
        respondent.kind === 'municipality' ? 'forbidden.municipality' : 'forbidden.organisation',
      );
    return { round, respondent, standing: standingOf(actor, respondent) };
  }

  private async respondentOf(round: Round, key: string): Promise<Respondent> {
    if (kindOfKey(key) === 'municipality') {
      const municipality = await this.geography.findMunicipality(key);
      if (!municipality || municipality.countyCode !== round.countyCode)
        throw notFound('not_found.municipality_in_county');
      return municipalityRespondent(municipality);
    }
    const organisation = await this.geography.findOrganisation(key);
    const asked = (round.organisationIds ?? []).includes(key);
    if (
      !organisation ||
      organisation.countyCode !== round.countyCode ||
      (!asked && !(await this.rows.find(round.id, { kind: 'organisation', key })))
    )
      throw notFound('not_found.organisation_in_round');
    return organisationRespondent(organisation);
  }

  find(located: Located): Promise<Assessment | null> {
    return this.rows.find(located.round.id, located.respondent);
  }

  /**
   * A submitted version of the respondent's assessment: in this round (the latest, or number `number`), or the
   * latest one of an earlier round of the county (`before`).
   */
  submissionAt(located: Located, which: 'before' | 'latest' | number): Promise<SubmittedVersion | null> {
    const { round, respondent } = located;
    return this.rows.submissionOf(
      respondent,
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

  /** The latest submission of the respondent in an earlier round of the county, made into a new draft's proposal. */
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
      respondent: located.respondent,
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
