// CP9: temporal expressions found with chrono-node and resolved against the story clock (the turn's
// timestamp), with their direction relative to that moment. A bare date that would only resolve
// forwards by more than half a year is read as a past date when its clause is told in the past ("it
// was March 3" said in June); told with no past verb it is a plan ("the christening, December 7" said in April).
import * as chrono from 'chrono-node';
import type { TemporalResolution } from '../../src/adapter/contract.js';
import { correctReading, ordinalDays, toldInPast } from './temporal-fixes.js';

/** chrono reads frequencies and ages as times ("twice a day", "a 9 year old"); they are not. */
const NOT_A_TIME = /^(?:(?:a|an|per|each|one|every)\s+(?:day|week|month|year|night)|\d+\s*(?:years?|yrs?)|\d+)$/i;

const HALF_YEAR_MS = 183 * 24 * 3600 * 1000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function isoMinute(date: Date): string {
  return `${isoDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The story clock as a Date; a fixed epoch when the turn has none, so results stay deterministic. */
function clockOf(timestamp: string | undefined): Date {
  const parsed = timestamp ? new Date(timestamp.length === 10 ? `${timestamp}T00:00` : timestamp) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : new Date('2025-01-06T09:00');
}

function direction(resolved: Date, now: Date): 'past' | 'present' | 'future' {
  const a = isoDate(resolved);
  const b = isoDate(now);
  return a === b ? 'present' : a > b ? 'future' : 'past';
}

/** "in an hour", "in 20 minutes": ahead of the telling even within today (a part of today, "tonight", is today's). */
const WITHIN_HOURS = /^in (?:a|an|a few|a couple of|\w+|\d+) (?:minutes?|mins?|hours?|hrs?)$/i;

/** Ahead or gone by to the minute when on the same day. */
function clockDirection(resolved: Date, now: Date): 'past' | 'present' | 'future' {
  const byDay = direction(resolved, now);
  if (byDay !== 'present') return byDay;
  const a = isoMinute(resolved);
  const b = isoMinute(now);
  return a === b ? 'present' : a > b ? 'future' : 'past';
}

/** "moved a week to September 13": chrono may read the date relative to its neighbours; the date alone is what was said. */
const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/i;

export function resolveTemporal(text: string, timestamp: string | undefined): TemporalResolution[] {
  const now = clockOf(timestamp);
  const forward = chrono.parse(text, now, { forwardDate: true });
  const found = forward
    .filter((result) => !NOT_A_TIME.test(result.text.trim()))
    .map((result) => {
      let start = result.start;
      const said = MONTH_DAY.exec(result.text)?.[0];
      if (said) {
        const alone = chrono.parse(said, now, { forwardDate: true })[0];
        if (alone && isoDate(alone.start.date()).slice(5) !== isoDate(start.date()).slice(5)) start = alone.start;
      }
      const explicitlyAhead = /\b(next|in|coming|upcoming|this)\b/i.test(result.text);
      const farAhead = start.date().getTime() - now.getTime() > HALF_YEAR_MS;
      if (!explicitlyAhead && farAhead && toldInPast(text.slice(0, result.index))) {
        const backward = chrono.parse(result.text, now)[0];
        if (backward) start = backward.start;
      }
      const corrected = correctReading(result.text, result.index, text, now, start.date());
      const date = corrected?.date ?? start.date();
      const hasTime = corrected ? false : start.isCertain('hour');
      return {
        text: result.text,
        resolved: hasTime ? isoMinute(date) : isoDate(date),
        direction: corrected?.direction ?? (WITHIN_HOURS.test(result.text.trim()) ? clockDirection(date, now) : direction(date, now)),
      };
    });
  const covered = (index: number) => forward.some((r) => index >= r.index && index < r.index + r.text.length);
  const extra = ordinalDays(text, now, covered).map((d) => ({
    text: d.text,
    resolved: isoDate(d.date),
    direction: direction(d.date, now),
  }));
  return [...found, ...extra];
}
