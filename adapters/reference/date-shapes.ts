// What kind of time a date or time value is: a day on the calendar ("February 20", "next Monday"),
// a time of day ("at 2am", "15:20", "the evening"), a recurring day ("Tuesdays and Fridays", "every
// Sunday") or a length of time ("4 weeks", "for about four years"). A value replaces only one of its
// own kind: "the sling comes off at 4 weeks now" changes how long the sling stays on, not the day of
// the surgery, and "the nerve block wore off at 2am" changes no month.
export type DateShape = 'day' | 'clock' | 'recurring' | 'span';

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const PART_OF_DAY = '(?:morning|afternoon|evening|night|lunchtime|noon|midnight|midday|dawn|dusk)';
const NUMBER_WORD =
  '(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|another|few|couple(?: of)?|several|half an?)';
const UNIT = '(?:minute|min|hour|hr|day|night|week|fortnight|month|year|yr)s?';

/** Says again what happens every week or every day: "Tuesdays", "every Sunday", "Saturday mornings". */
const RECURRING = new RegExp(
  `\\b(?:every|each)\\b|\\b${WEEKDAY}s\\b|\\b${PART_OF_DAY}s\\b|\\bweekends\\b|\\b(?:daily|weekly|nightly|monthly)\\b`,
  'i',
);
/** Names a day: a month, a weekday, a day's ordinal, a year, a day relative to today or this week. */
const DAY = new RegExp(
  `\\b${MONTH}\\b|\\b${WEEKDAY}\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\b(?:19|20)\\d{2}\\b|\\d{1,2}/\\d{1,2}|\\b(?:today|tonight|tomorrow|yesterday)\\b|\\b(?:this|next|last|that|the following|the same)\\s+(?:week|weekend|month|year|${WEEKDAY})\\b|\\b(?:end|start|beginning|middle) of\\b|\\bmid-`,
  'i',
);
/** A time of day: a clock reading or a part of the day. */
const CLOCK = new RegExp(
  `\\b\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)|\\b\\d{1,2}:\\d{2}\\b|\\b${PART_OF_DAY}\\b|\\bo'clock\\b`,
  'i',
);
/** A length of time: a count of units ("4 weeks", "three hour", "a couple of days") or a bare unit ("an hour"). */
const SPAN = new RegExp(`\\b${NUMBER_WORD}[\\s-]+${UNIT}\\b|^(?:for\\s+)?(?:about\\s+|around\\s+|like\\s+)?(?:an?\\s+)?${UNIT}$`, 'i');

/** The kind of time a value is, or undefined when its words do not tell. */
export function dateShape(value: string): DateShape | undefined {
  const v = value.trim();
  if (RECURRING.test(v)) return 'recurring';
  if (DAY.test(v)) return 'day';
  if (CLOCK.test(v)) return 'clock';
  if (SPAN.test(v)) return 'span';
  return undefined;
}

/**
 * Whether one value may replace the other: of the same kind of time, or of a kind its words do not
 * tell. A recurring day and a day are told for each other ("class is on Thursday", "from now on it's
 * Mondays"); neither is a length of time.
 */
export function sameDateShape(from: string, to: string): boolean {
  const was = dateShape(from);
  const now = dateShape(to);
  if (was === undefined || now === undefined || was === now) return true;
  const pair = new Set([was, now]);
  return pair.has('recurring') && !pair.has('span');
}
