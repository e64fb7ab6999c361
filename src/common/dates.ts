const stockholmDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Sweden at an instant, `YYYY-MM-DD`. */
export function stockholmDate(instant: Date): string {
  return stockholmDay.format(instant);
}

const stockholmTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
});

/** The day and time in Sweden at an instant, to the minute: `2026-12-02 14.33`. */
export function stockholmDateTime(instant: Date): string {
  return `${stockholmDate(instant)} ${stockholmTime.format(instant).replace(':', '.')}`;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
