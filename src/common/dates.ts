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

/** The instant a calendar day begins in Sweden (midnight, winter or summer time). */
export function stockholmDayStart(date: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // Sweden is an hour or two ahead of UTC: its midnight is at 22.00 or 23.00 UTC the day before.
  for (const hours of [1, 2]) {
    const candidate = new Date(utcMidnight - hours * 3_600_000);
    if (stockholmDateTime(candidate) === `${date} 00.00`) return candidate;
  }
  return new Date(utcMidnight);
}

/** The calendar day `days` after (or, negative, before) `date`, `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
