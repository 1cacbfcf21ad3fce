// Readings of everyday time words that chrono's forward-looking parse gets wrong: "this morning" is
// today, not tomorrow; "since Tuesday" or "tore it on Saturday" is the Saturday just gone; "Thursday
// the 23rd" is the 23rd; "next week" starts on its Monday; "a week from tomorrow" is eight days on.
import nlp from 'compromise';

const DAY_MS = 24 * 3600 * 1000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function atDay(now: Date, days: number): Date {
  const d = new Date(now.getTime() + days * DAY_MS);
  d.setHours(0, 0, 0, 0);
  return d;
}

/** The next date (today included) that falls on day `n` of a month. */
export function nextDayOfMonth(now: Date, n: number): Date {
  for (let i = 0; i < 62; i++) {
    const d = atDay(now, i);
    if (d.getDate() === n) return d;
  }
  return atDay(now, 0);
}

/** A time of this day: "this morning", "this afternoon", "this evening". */
const PART_OF_TODAY = /^(?:this\s+)(morning|afternoon|evening)$/i;
const PART_ENDS: Record<string, number> = { morning: 12, afternoon: 17, evening: 24 };

/** A bare weekday, with what precedes it in the sentence deciding whether it is the one gone by. */
const BARE_WEEKDAY = /^(?:on\s+|since\s+|last\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:'s)?$/i;
const LOOKS_BACK = /\b(?:since|last)\s*$/i;
const LOOKS_AHEAD = /\b(?:for|by|until|till|next|this|coming|on the|before|due|starts?|starting|booked|scheduled|planned)\s+(?:on\s+)?$/i;

/** Whether the clause before a weekday or date tells of something already done ("did 14 miles Saturday"). */
export function toldInPast(before: string): boolean {
  if (LOOKS_BACK.test(before)) return true;
  if (LOOKS_AHEAD.test(before)) return false;
  const clause = before.split(/[.;!?]|,\s/).pop() ?? '';
  if (/\b(?:will|going to|gonna|'ll|booked|scheduled|planned|moved|pushed|set)\b/i.test(clause)) return false;
  // A participle after a present "gets" or "is" ("her trip gets paid on Monday") is no past.
  const doc = nlp(clause);
  const present = doc.match('(get|gets|getting|is|are|am|be|being) #PastTense').match('#PastTense');
  return doc.match('#PastTense').not(present).found;
}

export interface Correction {
  date: Date;
  hasTime?: boolean;
  direction?: 'past' | 'present' | 'future';
}

/** A better reading of `found` (chrono's text at `index` of `sentence`), or undefined to keep chrono's. */
export function correctReading(found: string, index: number, sentence: string, now: Date, chronoDate: Date): Correction | undefined {
  // chrono's text may end in the clause's comma ("on saturday,"): the time is the words.
  const text = found.trim().replace(/[,;:.!?]+$/, '');
  if (/^last night$/i.test(text)) return { date: atDay(now, -1), direction: 'past' };
  const part = PART_OF_TODAY.exec(text);
  if (part) {
    const ended = now.getHours() >= PART_ENDS[part[1].toLowerCase()];
    return { date: atDay(now, 0), direction: ended ? 'past' : 'present' };
  }
  // "in six months" from March 31 is September 30: a month on from a day the month lacks is its last day, not the next month's first.
  if (
    /^in (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) months?$/i.test(text) &&
    chronoDate.getDate() < now.getDate()
  ) {
    return { date: new Date(chronoDate.getFullYear(), chronoDate.getMonth(), 0) };
  }
  const ordinal = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/i.exec(text);
  if (ordinal && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text)) {
    const n = Number(ordinal[1]);
    if (chronoDate.getDate() !== n && n >= 1 && n <= 31) return { date: nextDayOfMonth(now, n) };
  }
  if (/^(?:from\s+)?next week$/i.test(text)) {
    const toMonday = (8 - now.getDay()) % 7 || 7;
    return { date: atDay(now, toMonday) };
  }
  const weekFrom = /(?:a|one) week from (today|tomorrow)$/i.exec(sentence.slice(Math.max(0, index - 12), index + text.length));
  if (weekFrom) return { date: atDay(now, weekFrom[1].toLowerCase() === 'today' ? 7 : 8) };
  const weekday = BARE_WEEKDAY.exec(text);
  if (weekday && toldInPast(sentence.slice(0, index))) {
    const target = WEEKDAYS.indexOf(weekday[1].toLowerCase());
    const back = (now.getDay() - target + 7) % 7 || 7;
    return { date: atDay(now, -back) };
  }
  return undefined;
}

/** "on the 19th": a day of the month chrono does not pick up on its own. */
export function ordinalDays(text: string, now: Date, covered: (index: number) => boolean): Array<{ text: string; date: Date }> {
  return [...text.matchAll(/\bthe (\d{1,2})(?:st|nd|rd|th)\b/gi)]
    .filter((m) => !covered(m.index) && Number(m[1]) >= 1 && Number(m[1]) <= 31)
    .map((m) => ({ text: m[0], date: nextDayOfMonth(now, Number(m[1])) }));
}
