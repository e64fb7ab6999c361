import type { Response } from '../county-picture/county-picture.model';
import type { Include } from '../county-picture/county-picture.model';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { ReportFormat } from './report-format';

/** How complete the basis of a final report is: whether more may come, and how many wait for review. */
export interface Completeness {
  /** Rounds still open: municipalities may still submit. */
  openRounds: number;
  /** Submitted assessments that no one has approved or returned yet. */
  awaitingReview: number;
  approved: number;
  expected: number;
}

/** The completeness of one round's basis, from its status and its picture's response. */
export function completenessOf(roundStatus: string, response: Response): Completeness {
  return {
    openRounds: roundStatus === 'open' ? 1 : 0,
    awaitingReview: response.statuses.filter((s) => s.status === 'submitted').length,
    approved: response.approved,
    expected: response.expected,
  };
}

/** A final report (approved only) while a round is open or assessments wait for review is incomplete. */
export function isIncompleteFinal(include: Include, completeness: Completeness): boolean {
  return include === 'approved' && (completeness.openRounds > 0 || completeness.awaitingReview > 0);
}

/**
 * The refusal of a final report of an incomplete basis asked for without `acknowledgeIncomplete`: it names what is
 * incomplete, and the field that would acknowledge it.
 */
export function incompleteFinalRefusal(completeness: Completeness): DomainError {
  const { code, params } = incompleteFinalMessage(completeness);
  return new DomainError(
    ErrorCode.BasisIncomplete,
    { code, params },
    [{ path: 'acknowledgeIncomplete', code: 'acknowledge_incomplete', params }],
    { incomplete: { ...completeness } },
  );
}

/** What a final report of this basis would lack, in words by code: the form's warning says the same as the refusal. */
export function incompleteFinalMessage(completeness: Completeness) {
  const { openRounds, awaitingReview, approved, expected } = completeness;
  const code =
    openRounds > 0 && awaitingReview > 0
      ? 'reports.incomplete_open_waiting'
      : openRounds > 0
        ? 'reports.incomplete_open'
        : 'reports.incomplete_waiting';
  return { code, params: { awaiting: awaitingReview, approved, expected, open: openRounds } } as const;
}

/** A file name of plain letters, digits and dashes: å, ä and ö lose their marks, anything else becomes a dash. */
export function slugOf(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/** The name a report is downloaded under: what it is of, which round, its basis and its date, e.g. `lagesbild-kronobergs-lan-hosten-2026-slutlig-2026-12-02.pdf`. */
export function reportFileName(parts: {
  prefix: string;
  subject: string;
  round: string;
  basis: string;
  date: Date;
  format: ReportFormat;
}): string {
  const words = [parts.prefix, parts.subject, parts.round, parts.basis].map((w) => slugOf(w)).filter(Boolean);
  return `${[...words, parts.date.toISOString().slice(0, 10)].join('-')}.${parts.format}`;
}
