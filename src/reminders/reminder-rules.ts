import type { AssessmentStatus } from '../assessments/workflow';
import { addDays } from '../common/dates';

export type ReminderKind = 'not_submitted' | 'returned';

/** A step's name in the log: `7-days-before`, `0-days-before` (the deadline itself), `1-days-after`. */
export function stepName(days: number): string {
  return days >= 0 ? `${days}-days-before` : `${-days}-days-after`;
}

/**
 * The step of the plan that is due on `today`: of the steps whose day has come, the latest. A step whose day has
 * passed while a later one is due is never sent: as days go by, the due step only moves forward.
 */
export function dueStep(plan: readonly number[], deadline: string, today: string): number | null {
  let due: { days: number; on: string } | null = null;
  for (const days of plan) {
    const on = addDays(deadline, -days);
    if (on <= today && (!due || on > due.on)) due = { days, on };
  }
  return due?.days ?? null;
}

/** Who is reminded: municipalities and organisations that have not submitted, and those whose assessment was returned. */
export function reminderKind(status: AssessmentStatus): ReminderKind | null {
  if (status === 'not_started' || status === 'draft') return 'not_submitted';
  if (status === 'returned') return 'returned';
  return null;
}

export interface ReminderMail {
  subject: string;
  text: string;
}

/** The e-mail, in Swedish: what is asked, by when, the county's comment for a returned assessment, and the link. */
export function reminderMail(
  kind: ReminderKind,
  facts: {
    roundTitle: string;
    respondentName: string;
    deadline: string;
    link: string;
    comment: string | null;
  },
): ReminderMail {
  const ask =
    kind === 'returned'
      ? `Länsstyrelsen har skickat tillbaka ${facts.respondentName}s bedömning i omgången "${facts.roundTitle}" för komplettering.`
      : `${facts.respondentName}s bedömning i omgången "${facts.roundTitle}" är inte inskickad ännu.`;
  const comment =
    kind === 'returned' && facts.comment ? `\n\nLänsstyrelsens kommentar:\n${facts.comment}` : '';
  return {
    subject:
      kind === 'returned'
        ? `Påminnelse: komplettera bedömningen, ${facts.roundTitle}`
        : `Påminnelse: sista dag ${facts.deadline}, ${facts.roundTitle}`,
    text:
      `Hej!\n\n${ask} Sista dag för inlämning är ${facts.deadline}.${comment}\n\n` +
      `Bedömningen finns här:\n${facts.link}\n\nMed vänlig hälsning\nLänsstyrelsen, via Lägesbild\n`,
  };
}
