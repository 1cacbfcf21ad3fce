// Career: a job interview; the role's office city changes before the day.
import type { DomainSpec } from '../domain.js';
import { titleCase, withArticle as a, upperFirst as cap } from '../phrasing.js';

const TEAMS = [
  'Payments',
  'Growth',
  'Platform',
  'Data Science',
  'Mobile',
  'Security',
  'Partnerships',
  'Customer Success',
  'Infrastructure',
  'Research',
  'Design Systems',
  'Analytics',
];
const TITLES = [
  'data analyst',
  'product designer',
  'backend engineer',
  'project manager',
  'marketing lead',
  'staff accountant',
  'UX researcher',
  'operations manager',
  'QA engineer',
  'content strategist',
];
const PREP_TOPICS = [
  'system design',
  'SQL questions',
  'take-home case study',
  'portfolio walkthrough',
  'behavioral questions',
  'Excel modeling',
  'whiteboard coding',
  'product critique',
  'presentation deck',
];

export const career: DomainSpec = {
  category: 'Career',
  orgKind: 'employer',
  drawFacts(rng, pools) {
    const [oldCity, newCity] = pools.distinctCities(rng, 2);
    return {
      event: rng.pick(['interview', 'final interview', 'panel interview', 'onsite interview']),
      contactRole: rng.pick(['hiring manager', 'recruiter', 'team lead']),
      friendRole: rng.pick(['old coworker', 'friend', 'former classmate', 'mentor']),
      context: rng.pick(TITLES),
      oldValue: { value: oldCity, type: 'PLACE' },
      newValue: { value: newCity, type: 'PLACE' },
      quantity: { value: `$${rng.int(55, 190)}k`, type: 'MONEY' },
      item: { value: rng.pick(PREP_TOPICS), type: 'ACTIVITY' },
      outcome: { value: `${rng.pick(TEAMS)} team`, type: 'ORGANIZATION' },
    };
  },
  storyNames: [(v) => `The ${v.org} Interview`, (v) => `Interviewing at ${v.org}`, (v) => `${titleCase(a(v.context))} Job Hunt`],
  descriptions: [
    (v) =>
      `The user prepares for ${a(v.event)} at ${v.org} for ${a(v.context)} role; the office moves from ${v.oldValue.value} to ${v.newValue.value} before the day.`,
    (v) =>
      `A job search: ${a(v.context)} opening at ${v.org}, ${a(v.contactRole)}, a changed office city, and how the ${v.event} turns out.`,
  ],
  intro: [
    (v) =>
      `I'm honestly ${v.feelingBefore}. my ${v.event} at ${v.org} is on ${v.eventDateText}, it's for the ${v.context} role and the ${v.contactRole} is ${v.contact.full}.`,
    (v) =>
      `big news, ${v.org} wants to talk to me! ${cap(v.event)} on ${v.eventDateText} with ${v.contact.full}, the ${v.contactRole}. I'm ${v.feelingBefore} already lol.`,
    (v) =>
      `So I applied to ${v.org} for the ${v.context} job and they set up my ${v.event} for ${v.eventDateText}. ${v.contact.full} is the ${v.contactRole} and I'm kind of ${v.feelingBefore} about it.`,
  ],
  detail: [
    (v) => `the role would be based in ${v.oldValue.value}, and the salary they mentioned is ${v.quantity.value}. not bad at all.`,
    (v) => `Just reread the job posting: the office is in ${v.oldValue.value} and the pay is listed as ${v.quantity.value}.`,
    (v) =>
      `${v.contact.first} emailed the details, it's the ${v.oldValue.value} office and the offer range tops out at ${v.quantity.value}.`,
  ],
  coref: [
    (v) =>
      `${cap(v.contact.pronoun.subject)} sent me a prep email and said to brush up on ${v.item.value}. my ${v.friendRole} ${v.friend.first} offered to do a mock run with me ${v.prepText}.`,
    (v) =>
      `apparently ${v.contact.pronoun.subject} really cares about ${v.item.value}, so that's what I'm studying. ${v.friend.first}, my ${v.friendRole}, is quizzing me ${v.prepText}.`,
    (v) =>
      `Got a call from the ${v.contactRole}, ${v.contact.pronoun.subject} ${v.contact.pronoun.was} super nice and hinted I should prepare the ${v.item.value}. ${v.friend.first} said we can practice ${v.prepText}.`,
  ],
  update: [
    (v) =>
      `change of plans: the job is not in ${v.oldValue.value} anymore, they're moving the whole team to ${v.newValue.value}. kind of a curveball.`,
    (v) =>
      `ok so turns out it won't be ${v.oldValue.value} after all. ${v.contact.first} said the role is now based in ${v.newValue.value}.`,
    (v) => `Update: I'm not going to be working out of ${v.oldValue.value}, they switched the position to ${v.newValue.value}.`,
  ],
  outcome: [
    (v) => `the ${v.event} ${v.outcomeWhen} went really well!! they want me to meet the ${v.outcome.value} next. I'm ${v.feelingAfter}.`,
    (v) => `I'm ${v.feelingAfter}. the ${v.event} ${v.outcomeWhen} was great and I'm moving on to a round with the ${v.outcome.value}.`,
  ],
  midQuestions: [
    { ask: (v) => `wait, what was the name of the ${v.contactRole} again?`, answer: 'contact' },
    { ask: (v) => `sorry, remind me who the ${v.contactRole} is?`, answer: 'contact' },
    { ask: () => `hold on, which company was the interview with again?`, answer: 'org' },
  ],
  questions: {
    org: [
      (v) => `Which company is ${v.contact.first}, the ${v.contactRole}, with?`,
      (v) => `Where was my ${v.event} with ${v.contact.first}?`,
    ],
    contact: [
      (v) => `Who was the ${v.contactRole} at ${v.org}?`,
      (v) => `What's the name of the ${v.contactRole} I dealt with at ${v.org}?`,
    ],
    quantity: [(v) => `What salary did ${v.org} mention?`, (v) => `How much does the role at ${v.org} pay?`],
    when: [(v) => `When was my ${v.event} at ${v.org}?`, (v) => `What date was the ${v.event} with ${v.contact.first} on?`],
    current: [
      (v) => `Which city is the ${v.org} job based in now?`,
      (v) => `Where will the role ${v.contact.first} is hiring for be located?`,
    ],
    feeling: [
      (v) => `How did I feel before the ${v.event} with ${v.contact.first}, and which company was it with?`,
      (v) => `What was my mood going into the ${v.event} with ${v.contact.full}, and where was it?`,
    ],
    situation: [
      (v) =>
        `Give me the full picture of my ${v.event} with ${v.contact.first}: the company, who helped me prepare, and which team I'm meeting next.`,
      (v) => `Sum up my job search with ${v.contact.full} so far: where I interviewed, who practiced with me, and what came next.`,
    ],
  },
};
