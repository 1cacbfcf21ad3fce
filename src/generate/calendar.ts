// Plain calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so neither the machine's time zone
// nor its locale can change a generated file.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const DAY_MS = 86_400_000;

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function toIso(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(toUtc(iso).getTime() + days * DAY_MS));
}

export function weekdayName(iso: string): string {
  return WEEKDAYS[toUtc(iso).getUTCDay()];
}

/** "March 14": how a person writes a date in a message. */
const ORDINAL_SUFFIX = ['', 'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th'];

export function monthDayText(iso: string): string {
  const date = toUtc(iso);
  const day = date.getUTCDate();
  // "March 3rd", not "March 3": a single-digit day would also match inside "March 30".
  return `${MONTHS[date.getUTCMonth()]} ${day}${day < 10 ? ORDINAL_SUFFIX[day] : ''}`;
}

/** The story clock's unambiguous form: "2025-03-14 09:30". */
export function clockText(iso: string, minuteOfDay: number): string {
  return `${iso} ${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

export function daysBetween(fromIso: string, toIso_: string): number {
  return Math.round((toUtc(toIso_).getTime() - toUtc(fromIso).getTime()) / DAY_MS);
}

/** "5 days", "3 weeks": a story's simulated duration from its first to its last day. */
export function durationText(days: number): string {
  if (days < 14) return `${days} ${days === 1 ? 'day' : 'days'}`;
  return `${Math.round(days / 7)} weeks`;
}

export const MONTH_NAMES: readonly string[] = MONTHS;
export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS;
