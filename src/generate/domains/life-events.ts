// Life Events: moving house; the destination city changes; the new address.
import type { DomainSpec } from '../domain.js';
import { withArticle as a, upperFirst as cap } from '../phrasing.js';

const HOMES = ['one-bedroom', 'studio', 'two-bedroom', 'garden flat', 'loft', 'townhouse'];
const HEIRLOOMS = [
  "grandmother's piano",
  'record collection',
  'antique dresser',
  'drum kit',
  'sewing machine',
  'bookshelves',
  'plant collection',
];
const UNIT_LETTERS = ['A', 'B', 'C', 'D', 'F'];

export const lifeEvents: DomainSpec = {
  category: 'Life Events',
  orgKind: 'movers',
  drawFacts(rng, pools, cast) {
    const [oldCity, newCity] = pools.distinctCities(rng, 2);
    const sibling = { she: 'sister', he: 'brother', they: 'sibling' }[cast.friend.pronounKey];
    return {
      event: rng.pick(['moving day', 'move', 'lease signing']),
      contactRole: rng.pick(['landlord', 'realtor', 'property manager']),
      friendRole: rng.pick(['best friend', sibling, 'old roommate']),
      context: rng.pick(HOMES),
      oldValue: { value: oldCity, type: 'PLACE' },
      newValue: { value: newCity, type: 'PLACE' },
      quantity: { value: dollars(100 * rng.int(8, 49)), type: 'MONEY' },
      item: { value: rng.pick(HEIRLOOMS), type: 'OBJECT' },
      outcome: { value: `unit ${rng.int(2, 19)}${rng.pick(UNIT_LETTERS)}`, type: 'PLACE' },
    };
  },
  storyNames: [(v) => `Moving to ${v.newValue.value}`, () => 'The Big Move', (v) => `Packing Up with ${v.org}`],
  descriptions: [
    (v) => `The user plans a move with ${v.org}; the destination changes from ${v.oldValue.value} to ${v.newValue.value}.`,
    (v) => `A move: ${a(v.contactRole)}, a friend who helps pack, a change of city and the new ${v.context}.`,
  ],
  intro: [
    (v) =>
      `it's official, my ${v.event} is ${v.eventDateText}!! ${v.org} is doing the heavy lifting and my ${v.contactRole} is ${v.contact.full}. I'm ${v.feelingBefore} tbh.`,
    (v) =>
      `I'm ${v.feelingBefore}, there's so much to do. the ${v.event} is on ${v.eventDateText}, I booked ${v.org}, and ${v.contact.full} is the ${v.contactRole}.`,
  ],
  detail: [
    (v) => `we found ${a(v.context)} in ${v.oldValue.value}, and the movers quoted ${v.quantity.value} for everything.`,
    (v) => `So the new ${v.context} is in ${v.oldValue.value}. the moving quote came to ${v.quantity.value}, ouch.`,
  ],
  coref: [
    (v) =>
      `${cap(v.contact.pronoun.subject)} said I need to clear out the old place first, so my ${v.friendRole} ${v.friend.first} is helping me pack the ${v.item.value} ${v.prepText}.`,
    (v) =>
      `the ${v.contactRole} emailed the checklist, ${v.contact.pronoun.subject} ${v.contact.pronoun.was} very thorough. ${v.friend.first}, my ${v.friendRole}, is coming to wrap the ${v.item.value} ${v.prepText}.`,
  ],
  update: [
    (v) =>
      `plot twist: we're not moving to ${v.oldValue.value} anymore, the lease fell through and we grabbed a place in ${v.newValue.value} instead.`,
    (v) => `ok big change, it won't be ${v.oldValue.value}. we're moving to ${v.newValue.value}, long story.`,
  ],
  outcome: [
    (v) => `we did it, the ${v.event} ${v.outcomeWhen} went fine and we're in ${v.outcome.value}! I'm ${v.feelingAfter}.`,
    (v) => `I'm ${v.feelingAfter}. the ${v.event} ${v.outcomeWhen} was chaos but we're settled in ${v.outcome.value} now.`,
  ],
  midQuestions: [
    { ask: (v) => `what's my ${v.contactRole}'s name again?`, answer: 'contact' },
    { ask: () => 'which moving company did I book again?', answer: 'org' },
  ],
  questions: {
    org: [(v) => `Which moving company did I hire when ${v.contact.first} was my ${v.contactRole}?`],
    contact: [(v) => `Who was my ${v.contactRole} when ${v.org} moved us?`],
    quantity: [(v) => `How much did ${v.org} quote for the move?`],
    when: [(v) => `When is my ${v.event} with ${v.org}?`, (v) => `What date did ${v.org} have for the ${v.event}?`],
    current: [(v) => `Which city is ${v.org} moving us to?`, (v) => `Where are we moving to now, after ${v.friend.first} helped me pack?`],
    feeling: [
      (v) => `How was I feeling about the ${v.event} when ${v.contact.first} was my ${v.contactRole}, and who was handling it?`,
      (v) => `What was my state of mind about the ${v.event} ${v.contact.first} was part of, and which company did we book?`,
    ],
    situation: [
      (v) => `Tell me the whole moving story with ${v.contact.first}: who moved us, who helped me pack, and where we ended up.`,
      (v) => `Recap the move ${v.contact.full} was part of: the movers, the person who helped me pack, and our new address.`,
    ],
  },
};

/** "$800", "$3,400": thousands separated by hand, never by the machine's locale. */
function dollars(amount: number): string {
  const text = String(amount);
  return `$${text.length > 3 ? `${text.slice(0, -3)},${text.slice(-3)}` : text}`;
}
