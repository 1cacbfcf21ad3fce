// Daily Life: the car breaks down; the repair quote changes; the garage finds the fault.
import type { DomainSpec } from '../domain.js';
import { withArticle as a, upperFirst as cap } from '../phrasing.js';

const CARS = ['Honda Civic', 'Toyota Corolla', 'Ford Focus', 'Subaru Outback', 'Kia Soul', 'VW Golf', 'Nissan Leaf', 'Volvo wagon'];
// No quote is a substring of another.
const QUOTES = ['$240', '$380', '$460', '$590', '$720', '$850', '$940', '$1,100', '$1,350'];
const LOANERS = ['cargo bike', 'kick scooter', 'spare car seat', 'bus pass', 'folding bike', 'city bike'];
const FAULTS = [
  'cracked rotor',
  'worn timing belt',
  'leaky radiator hose',
  'dead alternator',
  'bad wheel bearing',
  'torn CV boot',
  'failing water pump',
];

export const dailyLife: DomainSpec = {
  category: 'Daily Life',
  orgKind: 'garage',
  drawFacts(rng) {
    const [oldQuote, newQuote] = rng.shuffle(QUOTES);
    return {
      event: rng.pick(['car service', 'brake repair', 'inspection', 'repair appointment']),
      contactRole: rng.pick(['mechanic', 'service advisor']),
      friendRole: rng.pick(['neighbour', 'coworker', 'cousin']),
      context: rng.pick(CARS),
      oldValue: { value: oldQuote, type: 'MONEY' },
      newValue: { value: newQuote, type: 'MONEY' },
      quantity: { value: `${rng.int(31, 99)},000 miles`, type: 'QUANTITY' },
      item: { value: rng.pick(LOANERS), type: 'OBJECT' },
      outcome: { value: rng.pick(FAULTS), type: 'CONDITION' },
    };
  },
  storyNames: [(v) => `The ${v.context} Breaks Down`, (v) => `Car Trouble at ${v.org}`, () => 'That Grinding Noise'],
  descriptions: [
    (v) => `The user's ${v.context} needs ${a(v.event)} at ${v.org}; the quote changes from ${v.oldValue.value} to ${v.newValue.value}.`,
    (v) => `Car trouble: ${a(v.contactRole)}, a borrowed ride, a new quote and what was really wrong.`,
  ],
  intro: [
    (v) =>
      `my car is making this awful grinding noise and I'm ${v.feelingBefore}, it's probably going to cost a fortune. booked my ${v.event} at ${v.org} for ${v.eventDateText}, the ${v.contactRole} is ${v.contact.full}.`,
    (v) =>
      `Car died on the way to work. I'm ${v.feelingBefore}. ${v.org} can fit my ${v.event} in on ${v.eventDateText}, I'll be dealing with ${v.contact.full}.`,
  ],
  detail: [
    (v) => `the ${v.context} is at ${v.quantity.value} now, and the first quote they gave me was ${v.oldValue.value}. ugh.`,
    (v) => `They quoted ${v.oldValue.value} over the phone. to be fair the ${v.context} has ${v.quantity.value} on it.`,
  ],
  coref: [
    (v) =>
      `${cap(v.contact.pronoun.subject)} said I shouldn't really drive it until then, so my ${v.friendRole} ${v.friend.first} is lending me ${a(v.item.value)} starting ${v.prepText}.`,
    (v) =>
      `the ${v.contactRole} called back, ${v.contact.pronoun.subject} ${v.contact.pronoun.was} nice about it but said no driving. ${v.friend.first}, my ${v.friendRole}, is dropping off ${a(v.item.value)} ${v.prepText}.`,
  ],
  update: [
    (v) => `new quote just came in, it's not ${v.oldValue.value} anymore, it's ${v.newValue.value} after they looked closer.`,
    (v) => `${v.contact.first} rang again. forget the ${v.oldValue.value}, the real quote is ${v.newValue.value}.`,
  ],
  outcome: [
    (v) => `picked the car up. the ${v.event} ${v.outcomeWhen} turned up ${a(v.outcome.value)} but it's fixed and I'm ${v.feelingAfter}.`,
    (v) =>
      `I'm ${v.feelingAfter}, the car is fixed. the ${v.event} ${v.outcomeWhen} found ${a(v.outcome.value)}, which explains the noise.`,
  ],
  midQuestions: [
    { ask: () => 'what was the name of the garage again?', answer: 'org' },
    { ask: (v) => `who's the ${v.contactRole} I'm supposed to call back?`, answer: 'contact' },
  ],
  questions: {
    org: [(v) => `Which garage is ${v.contact.first}, my ${v.contactRole}, at?`, (v) => `Where did ${v.contact.full} fix my car?`],
    contact: [(v) => `Who is the ${v.contactRole} on my car at ${v.org}?`],
    quantity: [(v) => `How many miles are on the car I took to ${v.org}?`],
    when: [(v) => `When is my ${v.event} at ${v.org}?`, (v) => `What date was the ${v.event} with ${v.contact.first}?`],
    current: [
      (v) => `What's the current repair quote from ${v.org}?`,
      (v) => `How much is the repair ${v.contact.first} is doing going to cost now?`,
    ],
    feeling: [
      (v) => `How was I feeling about the car trouble before ${v.contact.first} looked at it, and which garage did I book?`,
      (v) => `What was my mood when the car first acted up, and where did I take it to see ${v.contact.first}?`,
    ],
    situation: [
      (v) => `Recap the whole car situation with ${v.contact.full}: the garage, who helped me get around, and what they found.`,
      (v) => `Summarise the ${v.context} saga ${v.contact.first} handled: where it went, who lent me a ride, and what was wrong.`,
    ],
  },
};
