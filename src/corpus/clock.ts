// Resolves each batch's simulated `time` ("Monday 9:00 AM", "March 12 9:00 AM", "2025-03-12 09:00")
// to an absolute local date-time, moving forward from the story's start date batch by batch.
import * as chrono from 'chrono-node';

export const DEFAULT_START_DATE = '2025-01-06';

export function resolveClock(times: Array<string | undefined>, startDate = DEFAULT_START_DATE): Array<string | undefined> {
  let reference = parseLocalDate(startDate);
  return times.map((time) => {
    if (!time) return undefined;
    const resolved = chrono.parseDate(time, reference, { forwardDate: true });
    if (!resolved) return undefined;
    reference = resolved;
    return formatLocal(resolved);
  });
}

function parseLocalDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(y, m - 1, d, 0, 0, 0);
}

export function formatLocal(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
