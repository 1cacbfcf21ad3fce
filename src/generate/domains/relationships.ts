// Relationships: a first date; the plan for after dinner changes.
import type { DomainSpec } from '../domain.js';
import { titleCase, withArticle as a, upperFirst as cap } from '../phrasing.js';

const ACTIVITIES = [
  'bowling',
  'karaoke',
  'mini golf',
  'ice skating',
  'stargazing',
  'axe throwing',
  'salsa dancing',
  'trivia night',
  'roller skating',
  'a jazz bar',
];
const GIFTS = ['tulips', 'sunflowers', 'homemade cookies', 'fancy chocolates', 'local honey', 'lemon cake', 'peonies'];
const SECOND_DATES = [
  'botanical garden',
  'science museum',
  'farmers market',
  'climbing gym',
  'pottery studio',
  'planetarium',
  'aquarium',
  'vinyl shop',
];

export const relationships: DomainSpec = {
  category: 'Relationships',
  orgKind: 'restaurant',
  drawFacts(rng) {
    const [before, after] = rng.shuffle(ACTIVITIES);
    return {
      event: rng.pick(['first date', 'dinner date']),
      contactRole: 'date',
      friendRole: rng.pick(['best friend', 'roommate', 'coworker']),
      context: rng.pick(['a dating app', 'a friend of a friend', 'my climbing class', 'a book club']),
      oldValue: { value: before, type: 'ACTIVITY' },
      newValue: { value: after, type: 'ACTIVITY' },
      quantity: { value: `${rng.int(2, 9)} weeks`, type: 'QUANTITY' },
      item: { value: rng.pick(GIFTS), type: 'OBJECT' },
      outcome: { value: rng.pick(SECOND_DATES), type: 'PLACE' },
    };
  },
  storyNames: [(v) => `Dinner at ${v.org}`, (v) => `Meeting ${v.contact.first}`, (v) => `A ${titleCase(v.event)}`],
  descriptions: [
    (v) =>
      `The user goes on ${a(v.event)} with ${v.contact.full} at ${v.org}; the after-dinner plan changes from ${v.oldValue.value} to ${v.newValue.value}.`,
    (v) => `A ${v.event} with someone met through ${v.context}: nerves, advice from a friend, a changed plan and a second date.`,
  ],
  intro: [
    (v) => `I have ${a(v.event)} with ${v.contact.full} on ${v.eventDateText} at ${v.org} and I'm ${v.feelingBefore} lol.`,
    (v) =>
      `I'm so ${v.feelingBefore}. my ${v.event} with ${v.contact.full} is on ${v.eventDateText}, we're meeting at ${v.org}. we met through ${v.context}.`,
    (v) =>
      `Booked a table at ${v.org} for ${v.eventDateText}! it's my ${v.event} with ${v.contact.full} and honestly I'm ${v.feelingBefore}.`,
  ],
  detail: [
    (v) => `the plan is dinner and then ${v.oldValue.value}. we've been texting for ${v.quantity.value} so it feels overdue.`,
    (v) =>
      `after dinner we're doing ${v.oldValue.value}, which was ${v.contact.first}'s idea. we've only been talking for ${v.quantity.value} but it feels easy.`,
  ],
  coref: [
    (v) =>
      `${cap(v.contact.pronoun.subject)} texted me that ${v.contact.pronoun.subject} can't wait, and my ${v.friendRole} ${v.friend.first} thinks I should bring ${v.item.value}. we're going to pick some up ${v.prepText}.`,
    (v) =>
      `${cap(v.contact.pronoun.subject)} sent me the sweetest voice note. ${v.friend.first}, my ${v.friendRole}, says to bring ${v.item.value} and is coming shopping with me ${v.prepText}.`,
  ],
  update: [
    (v) =>
      `small change, we're not doing ${v.oldValue.value} after dinner anymore, ${v.contact.first} suggested ${v.newValue.value} instead.`,
    (v) => `ok so ${v.oldValue.value} is not happening, it's closed that night. we switched to ${v.newValue.value}.`,
  ],
  outcome: [
    (v) => `the ${v.event} ${v.outcomeWhen} was amazing, we already planned a second one at the ${v.outcome.value}! I'm ${v.feelingAfter}.`,
    (v) =>
      `I'm ${v.feelingAfter}!! the ${v.event} ${v.outcomeWhen} went so well and we're already planning a trip to the ${v.outcome.value} together.`,
  ],
  midQuestions: [
    { ask: () => 'wait, what was the restaurant called again?', answer: 'org' },
    { ask: () => `ok embarrassing but what was my date's full name again?`, answer: 'contact' },
  ],
  questions: {
    org: [(v) => `Which restaurant was my date with ${v.contact.first} at?`, (v) => `Where did ${v.contact.first} and I have dinner?`],
    contact: [(v) => `Who did I go on the date at ${v.org} with?`, (v) => `What's the name of the person I had dinner with at ${v.org}?`],
    quantity: [(v) => `How long had ${v.contact.first} and I been texting before the date?`],
    when: [(v) => `When was the ${v.event} with ${v.contact.first}?`, (v) => `What date did ${v.contact.first} and I go out?`],
    current: [
      (v) => `What are ${v.contact.first} and I doing after dinner now?`,
      (v) => `What is the after-dinner plan with ${v.contact.first}?`,
    ],
    feeling: [
      (v) => `How did I feel before the date with ${v.contact.first}, and where was it?`,
      (v) => `What was my mood going into the date with ${v.contact.first}, and which restaurant was it?`,
    ],
    situation: [
      (v) => `Tell me the whole story of my date with ${v.contact.first}: where it was, who gave me advice, and where the second date is.`,
      (v) => `Recap the date with ${v.contact.full} for me: the restaurant, the friend who helped, and what we planned next.`,
    ],
  },
};
