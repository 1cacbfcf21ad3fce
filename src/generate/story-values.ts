// Draws one story's values (cast, organisation, domain facts, feelings, dates) and makes sure no
// value is a substring of another: a keyword must point at one fact only.
import { monthDayText } from './calendar.js';
import type { DomainSpec, StoryValues } from './domain.js';
import type { Pools } from './pools.js';
import type { Rng } from './rng.js';
import type { Timeline } from './timeline.js';
import { FEELINGS_AFTER, FEELINGS_BEFORE, type Feeling } from './vocabulary/chatter.js';

export interface DrawnValues {
  values: StoryValues;
  before: Feeling;
  after: Feeling;
}

export function drawValues(rng: Rng, spec: DomainSpec, pools: Pools, timeline: Timeline): DrawnValues {
  const [contact, friend] = pools.people(rng, 2);
  const cast = { contact, friend };
  const facts = spec.drawFacts(rng, pools, cast);
  const before = rng.pick(FEELINGS_BEFORE);
  const after = rng.pick(FEELINGS_AFTER);
  const values: StoryValues = {
    ...cast,
    ...facts,
    org: pools.organisation(rng, spec.orgKind),
    eventDateText: monthDayText(timeline.eventDate),
    prepText: timeline.prep.text,
    outcomeWhen: timeline.outcome.text,
    feelingBefore: before.word,
    feelingAfter: after.word,
  };
  return { values, before, after };
}

/** Every value a question or a store can name. */
export function storyKeywords(v: StoryValues): string[] {
  return [
    v.org,
    v.contact.full,
    v.friend.first,
    v.eventDateText,
    v.oldValue.value,
    v.newValue.value,
    v.quantity.value,
    v.item.value,
    v.outcome.value,
    v.feelingBefore,
    v.feelingAfter,
  ];
}

/** True when no keyword (nor the contact's first name, used alone in the text) contains another. */
export function valuesAreDistinct(v: StoryValues): boolean {
  const named = [...storyKeywords(v), v.contact.first].map((k) => k.toLowerCase());
  const contactFull = v.contact.full.toLowerCase();
  const contactFirst = v.contact.first.toLowerCase();
  for (let i = 0; i < named.length; i++) {
    for (let j = 0; j < named.length; j++) {
      if (i === j) continue;
      const [a, b] = [named[i], named[j]];
      if (a === contactFull && b === contactFirst) continue;
      if (a.includes(b)) return false;
    }
  }
  return true;
}
