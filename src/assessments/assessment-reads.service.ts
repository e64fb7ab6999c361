import { rsaQuestionsOf } from '../rounds/round-rules';
import { Injectable } from '@nestjs/common';
import { canReadMunicipality, canReadRespondent } from '../access/access-policy';
import { FieldError, invalid, notFound } from '../common/domain-error';
import { GeographyService } from '../geography/geography.service';
import { RoundsService } from '../rounds/rounds.service';
import { UsersService } from '../users/users.service';
import type { Actor } from '../access/actor';
import type { PlannedMeasure } from './assessment-document';
import { AssessmentHistory, toHistory } from './assessment-history';
import { AssessmentLocator } from './assessment-locator';
import { AssessmentRepository, StatusCounts, SubmittedVersion } from './assessment.repository';
import { AssessmentStatusView, AssessmentView, OrganisationStatusView } from './assessment.view';
import { documentChanges, DocumentChanges } from './document-changes';
import { checkCompleteness } from './document-rules';
import { allowedActions } from './workflow';

export interface ChangesView extends DocumentChanges {
  from: { roundId: string; submission: number; submittedAt: string };
  to: { roundId: string; submission: number; submittedAt: string };
}

/** What may be read of the assessments: the round's list, one assessment, its history and its changes. */
@Injectable()
export class AssessmentReadsService {
  constructor(
    private readonly rounds: RoundsService,
    private readonly geography: GeographyService,
    private readonly users: UsersService,
    private readonly locator: AssessmentLocator,
    private readonly rows: AssessmentRepository,
  ) {}

  /** Every municipality of the round's county with its status; a reporter sees only their own. */
  async listForRound(actor: Actor, roundId: string): Promise<AssessmentStatusView[]> {
    const round = await this.rounds.findVisible(actor, roundId);
    const all = await this.geography.municipalitiesOfCounty(round.countyCode);
    const visible = all.filter((m) => canReadMunicipality(actor, m));
    const rows = await this.rows.summariesOfRound(round.id, {
      municipalityCodes: visible.map((m) => m.code),
    });
    const byCode = new Map(rows.map((r) => [r.municipalityCode, r]));
    return visible.map((m) => {
      const row = byCode.get(m.code);
      return {
        municipalityCode: m.code,
        municipalityName: m.name,
        groupCode: m.group?.code ?? null,
        mainGroup: m.group?.mainGroup ?? null,
        status: row?.status ?? 'not_started',
        late: row?.late ?? false,
        version: row?.version ?? 0,
        submittedAt: row?.submittedAt?.toISOString() ?? null,
        updatedAt: row?.updatedAt.toISOString() ?? null,
      };
    });
  }

  /**
   * The organisations the round asks, with where each one's assessment stands, and any it no longer asks that have
   * answered; a reporter sees only their own organisation, a municipality's reporter none.
   */
  async listOrganisationsOfRound(actor: Actor, roundId: string): Promise<OrganisationStatusView[]> {
    const round = await this.rounds.findVisible(actor, roundId);
    const all = await this.geography.organisationsOfCounty(round.countyCode);
    const ofCounty = all.filter((o) =>
      canReadRespondent(actor, { kind: 'organisation', key: o.id, countyCode: o.countyCode }),
    );
    const rows = await this.rows.summariesOfRound(round.id, { organisationIds: ofCounty.map((o) => o.id) });
    const byId = new Map(rows.map((r) => [r.organisationId, r]));
    const asked = new Set(round.organisationIds ?? []);
    return ofCounty
      .filter((o) => asked.has(o.id) || byId.has(o.id))
      .map((o) => {
        const row = byId.get(o.id);
        return {
          organisationId: o.id,
          organisationName: o.name,
          kind: o.kind,
          status: row?.status ?? 'not_started',
          late: row?.late ?? false,
          version: row?.version ?? 0,
          submittedAt: row?.submittedAt?.toISOString() ?? null,
          updatedAt: row?.updatedAt.toISOString() ?? null,
        };
      });
  }

  /**
   * The assessment; while it is not started and `prefill` holds, with the proposal made of the municipality's last
   * submitted assessment (marked `prefilledFrom`), for those who may save it.
   */
  async get(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    prefill = true,
  ): Promise<AssessmentView> {
    const located = await this.locator.locate(actor, roundId, municipalityCode);
    const row = await this.locator.find(located);
    const canSave = allowedActions('not_started', located.standing, located.round.status).includes('save');
    const proposal = !row && prefill && canSave ? await this.locator.proposal(located) : null;
    return this.locator.view(located, row, proposal);
  }

  /**
   * What changed in the municipality's assessment: from its latest submission in an earlier round to its latest in
   * this one, or between two submitted versions of this round.
   */
  async changes(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    versions: { from?: number; to?: number },
  ): Promise<ChangesView> {
    const located = await this.locator.locate(actor, roundId, municipalityCode);
    if ((versions.from === undefined) !== (versions.to === undefined))
      throw invalid([
        {
          path: versions.from === undefined ? 'from' : 'to',
          code: 'from_and_to',
        },
      ]);
    const to = await this.locator.submissionAt(located, versions.to ?? 'latest');
    if (!to)
      throw versions.to === undefined
        ? notFound('not_found.submission_in_round')
        : notFound('not_found.submission', { number: versions.to });
    const from = await this.locator.submissionAt(located, versions.from ?? 'before');
    if (!from)
      throw versions.from === undefined
        ? notFound('not_found.earlier_submission')
        : notFound('not_found.submission', { number: versions.from });
    const side = (v: SubmittedVersion) => ({
      roundId: v.roundId,
      submission: v.number,
      submittedAt: v.submittedAt,
    });
    return { from: side(from), to: side(to), ...documentChanges(from.document, to.document) };
  }

  async history(actor: Actor, roundId: string, municipalityCode: string): Promise<AssessmentHistory> {
    const located = await this.locator.locate(actor, roundId, municipalityCode);
    const row = await this.locator.find(located);
    if (!row) return { events: [], submissions: [] };
    const { events, submissions } = await this.rows.historyOf(row.id);
    const userIds = [...new Set([...events.map((e) => e.actorId), ...submissions.map((s) => s.submittedBy)])];
    return toHistory(events, submissions, await this.users.findByIds(userIds));
  }

  /**
   * How many assessments of each round are in each status, and how many are late. Callers pass only rounds the actor
   * may see (from RoundsService.list), so this reads no access rules itself.
   */
  countsByRound(roundIds: string[]): Promise<Map<string, StatusCounts>> {
    return this.rows.countsByRound(roundIds);
  }

  /** What the stored assessment still misses before it can be submitted; nothing when there is none yet. */
  async missingForSubmission(actor: Actor, roundId: string, municipalityCode: string): Promise<FieldError[]> {
    const located = await this.locator.locate(actor, roundId, municipalityCode);
    const row = await this.locator.find(located);
    return row ? checkCompleteness(row.document, rsaQuestionsOf(located.round)) : [];
  }

  /** The planned measures of the municipality's last submission in the county's previous round: to be followed up. */
  async plannedToFollowUp(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
  ): Promise<PlannedMeasure[]> {
    const located = await this.locator.locate(actor, roundId, municipalityCode);
    const previous = await this.rounds.findPrevious(located.round);
    if (!previous) return [];
    const latest = await this.rows.latestSubmission(previous.id, located.respondent);
    return latest?.document.plannedMeasures ?? [];
  }
}
