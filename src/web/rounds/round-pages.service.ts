import { Injectable } from '@nestjs/common';
import { AssessmentReadsService } from '../../assessments/assessment-reads.service';
import type { AssessmentStatusView } from '../../assessments/assessment.view';
import { canManageRounds, canReadCountyPicture } from '../../access/access-policy';
import { GeographyService } from '../../geography/geography.service';
import type { RsaQuestions } from '../../rounds/round-rules';
import type { RoundView } from '../../rounds/round.view';
import { SOCIAL_UNREST_AREA } from '../../taxonomy/default-taxonomy';
import { RemindersService } from '../../reminders/reminders.service';
import { RoundsService } from '../../rounds/rounds.service';
import type { Actor } from '../../access/actor';
import type { FieldError } from '../../common/domain-error';
import { textOf } from '../forms/form-posts';
import { responseSummary, ResponseSummary } from './response-summary';

export interface RoundRow {
  round: RoundView;
  countyName: string;
  response: ResponseSummary;
  /** A reporter's own assessment in the round: their municipality's, or their organisation's. */
  own: Pick<AssessmentStatusView, 'status' | 'late'> | null;
}

@Injectable()
export class RoundPagesService {
  constructor(
    private readonly rounds: RoundsService,
    private readonly reads: AssessmentReadsService,
    private readonly geography: GeographyService,
    private readonly reminders: RemindersService,
  ) {}

  /** The rounds the actor works with: a reporter's open and closed rounds with their own status; staff see all. */
  async rows(actor: Actor, countyCode?: string): Promise<RoundRow[]> {
    const all = await this.rounds.list(actor, countyCode);
    // An organisation's reporter works only with the rounds that ask it.
    const rounds = actor.organisationId
      ? all.filter((r) => (r.organisationIds ?? []).includes(actor.organisationId ?? ''))
      : all;
    const counts = await this.reads.countsByRound(rounds.map((r) => r.id));
    const counties = new Map((await this.geography.listCounties()).map((c) => [c.code, c.name]));
    const expected = new Map<string, number>();
    for (const code of new Set(rounds.map((r) => r.countyCode))) {
      expected.set(code, (await this.geography.municipalitiesOfCounty(code)).length);
    }
    return Promise.all(
      rounds.map(async (round) => ({
        round,
        countyName: counties.get(round.countyCode) ?? round.countyCode,
        response: responseSummary(expected.get(round.countyCode) ?? 0, counts.get(round.id) ?? { late: 0 }),
        own: actor.role === 'reporter' ? await this.ownOf(actor, round.id) : null,
      })),
    );
  }

  /** The reporter's own assessment in the round, as the list shows it; null when the round does not ask them. */
  async ownOf(actor: Actor, roundId: string): Promise<RoundRow['own']> {
    const [own] = actor.organisationId
      ? await this.reads.listOrganisationsOfRound(actor, roundId)
      : await this.reads.listForRound(actor, roundId);
    return own ? { status: own.status, late: own.late } : null;
  }

  async overview(actor: Actor, roundId: string) {
    const round = await this.rounds.get(actor, roundId);
    const statuses = await this.reads.listForRound(actor, roundId);
    const counts = { late: statuses.filter((s) => s.late).length } as Parameters<typeof responseSummary>[1];
    for (const s of statuses) counts[s.status] = (counts[s.status] ?? 0) + 1;
    const canReadPicture = canReadCountyPicture(actor, round.countyCode);
    const organisations = canReadPicture ? await this.geography.organisationsOfCounty(round.countyCode) : [];
    const asked = new Set(round.organisationIds);
    return {
      round,
      statuses,
      response: responseSummary(statuses.length, counts),
      canManage: canManageRounds(actor, round.countyCode),
      canReadPicture,
      mailEnabled: this.reminders.enabled,
      reminders: canReadPicture ? await this.reminders.list(actor, roundId) : [],
      names: Object.fromEntries([
        ...statuses.map((s): [string, string] => [s.municipalityCode, s.municipalityName]),
        ...organisations.map((o): [string, string] => [o.id, o.name]),
      ]),
      details: {
        caseNumber: round.caseNumber ?? '',
        contactName: round.contactName ?? '',
        contactEmail: round.contactEmail ?? '',
        contactPhone: round.contactPhone ?? '',
      } satisfies ReportDetailValues,
      errors: [] as FieldError[],
      /** The organisations the round asks, and those a coordinator may choose (the active ones and those asked). */
      organisations: {
        asked: organisations.filter((o) => asked.has(o.id)),
        statuses: canReadPicture ? await this.reads.listOrganisationsOfRound(actor, roundId) : [],
        choices: organisations
          .filter((o) => o.active || asked.has(o.id))
          .map((o) => ({ value: o.id, text: o.name, checked: asked.has(o.id) })),
      },
    };
  }
}

const REPORT_DETAILS = ['caseNumber', 'contactName', 'contactEmail', 'contactPhone'] as const;
export type ReportDetailValues = Record<(typeof REPORT_DETAILS)[number], string>;

/** The report details' form fields as posted: every field is sent, so an emptied one is cleared. */
export function reportDetailValues(body: Record<string, unknown>): ReportDetailValues {
  return Object.fromEntries(REPORT_DETAILS.map((key) => [key, textOf(body, key)])) as ReportDetailValues;
}

/**
 * The RSA questions as the new round's form asks them: scoring, and escalation stages for the default taxonomy's
 * social unrest, which is the round's area of that name since the form makes rounds with the default lists.
 */
export function rsaOfForm(posted: unknown): RsaQuestions {
  const chosen = [posted].flat();
  return {
    scoring: chosen.includes('scoring'),
    escalationAreas: chosen.includes('escalation') ? [SOCIAL_UNREST_AREA] : [],
  };
}
