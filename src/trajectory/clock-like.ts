// Values any story's clock or an adapter's own formatting can produce — bare numbers, dates, times,
// weekdays, months, relative days — say nothing about which story an answer came from, so they are
// never canaries (an adapter that prefixes "[March 3 9:10 AM]" must not look like a leak).
const CLOCK_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'am pm a m p noon midnight morning afternoon evening night tonight today tomorrow yesterday o clock oclock ' +
    'next last this coming previous week weekend month year day days weeks months years of the on at in by'
  ).split(' '),
);

/** True when every token of the value is a number, an ordinal or a clock word ("March 3", "9:10 AM", "2024", "Tuesday", "the 14th"), and it names no currency. */
export function isClockLike(value: string): boolean {
  // A currency symbol makes an amount a value of its own ("€750"), not a bare number.
  if (/\p{Sc}/u.test(value)) return false;
  const tokens = value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return tokens.every((t) => /^\p{N}+(?:st|nd|rd|th|s)?$/u.test(t) || CLOCK_WORDS.has(t));
}
