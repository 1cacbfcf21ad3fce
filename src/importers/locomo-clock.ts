// LOCOMO session stamps ("1:56 pm on 8 May, 2023") to Threadline's ISO clock form ("2023-05-08 13:56").
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const STAMP = /^\s*(\d{1,2}):(\d{2})\s*([ap])\.?m\.?\s+on\s+(\d{1,2})\s+([A-Za-z]+),?\s+(\d{4})\s*$/i;

export function parseLocomoDateTime(stamp: string): string | undefined {
  const match = STAMP.exec(stamp);
  if (!match) return undefined;
  const [, h, minute, half, day, monthName, year] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  const hour12 = Number(h);
  if (month === 0 || hour12 < 1 || hour12 > 12 || Number(minute) > 59) return undefined;
  const hour = (hour12 % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  const daysInMonth = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  if (Number(day) < 1 || Number(day) > daysInMonth) return undefined;
  const pad = (n: number | string) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${minute}`;
}
