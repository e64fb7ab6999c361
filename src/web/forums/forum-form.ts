/** The county boards meet in Swedish time: a time typed on a page is Stockholm's. */
const TIME_ZONE = 'Europe/Stockholm';

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });
const localFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Stockholm's offset from UTC at a moment, in minutes (60 in winter, 120 in summer). */
function offsetAt(utcMs: number): number {
  const name =
    offsetFormat.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date and time typed in a page's `datetime-local` field (`2026-12-10T09:00`), as the moment it is in Stockholm,
 * with its offset (`2026-12-10T09:00:00+01:00`). Anything else is passed on as typed, for the API's validation to
 * refuse by field.
 */
export function stockholmInstant(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return local;
  const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  // The offset of the moment the wall-clock time is, found from the offset of the same time read as UTC.
  const offset = offsetAt(asUtc - offsetAt(asUtc) * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A moment as a `datetime-local` field shows it: Stockholm's wall-clock time. */
export function stockholmLocal(instant: string): string {
  return localFormat.format(new Date(instant)).replace(' ', 'T');
}
