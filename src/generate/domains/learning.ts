// Learning: studying for an exam; the lesson rate changes; a final score.
import type { DomainSpec } from '../domain.js';
import { titleCase, withArticle as a, upperFirst as cap } from '../phrasing.js';

const SUBJECTS = [
  'Spanish',
  'Japanese',
  'statistics',
  'organic chemistry',
  'accounting',
  'Portuguese',
  'music theory',
  'Mandarin',
  'calculus',
  'web development',
];
const RESOURCES = [
  'flashcard deck',
  'grammar workbook',
  'past papers',
  'practice quizzes',
  'study planner',
  'podcast series',
  'video course',
];
const RATES = [30, 35, 40, 45, 50, 55, 60, 65, 70, 80];

export const learning: DomainSpec = {
  category: 'Learning',
  orgKind: 'school',
  drawFacts(rng) {
    const [oldRate, newRate] = rng.shuffle(RATES);
    return {
      event: rng.pick(['final exam', 'certification exam', 'placement test', 'oral exam']),
      contactRole: rng.pick(['tutor', 'instructor', 'teacher']),
      friendRole: rng.pick(['study buddy', 'classmate', 'roommate']),
      context: rng.pick(SUBJECTS),
      oldValue: { value: `${oldRate} dollars`, type: 'MONEY' },
      newValue: { value: `${newRate} dollars`, type: 'MONEY' },
      quantity: { value: `${rng.int(41, 69)} percent`, type: 'QUANTITY' },
      item: { value: rng.pick(RESOURCES), type: 'OBJECT' },
      outcome: { value: `${rng.int(70, 99)} out of 100`, type: 'QUANTITY' },
    };
  },
  storyNames: [(v) => `${titleCase(v.context)} at ${v.org}`, (v) => `The ${titleCase(v.event)}`, (v) => `Cramming ${titleCase(v.context)}`],
  descriptions: [
    (v) =>
      `The user studies ${v.context} at ${v.org} for ${a(v.event)}; the lesson rate changes from ${v.oldValue.value} to ${v.newValue.value}.`,
    (v) => `Exam season: ${a(v.contactRole)}, a study buddy, a new price for lessons and the ${v.event} result.`,
  ],
  intro: [
    (v) =>
      `I'm ${v.feelingBefore}, my ${v.context} ${v.event} at ${v.org} is on ${v.eventDateText}. my ${v.contactRole} there is ${v.contact.full}.`,
    (v) =>
      `Signed up for the ${v.event} at ${v.org}, it's on ${v.eventDateText}. ${v.contact.full} is my ${v.context} ${v.contactRole} and I'm already ${v.feelingBefore}.`,
    (v) =>
      `so the ${v.context} ${v.event} is officially on ${v.eventDateText} at ${v.org}. ${v.contact.full} thinks I'm ready, I'm ${v.feelingBefore}.`,
  ],
  detail: [
    (v) => `lessons cost ${v.oldValue.value} an hour, which adds up. my last practice test was ${v.quantity.value}, so I have work to do.`,
    (v) =>
      `I got ${v.quantity.value} on the mock test, not great. and private lessons are ${v.oldValue.value} an hour so I can't do too many.`,
  ],
  coref: [
    (v) =>
      `${cap(v.contact.pronoun.subject)} told me to grind through the ${v.item.value} every night. ${v.friend.first}, my ${v.friendRole}, wants to do a study session ${v.prepText}.`,
    (v) =>
      `my ${v.contactRole} says working through the ${v.item.value} is the best prep, ${v.contact.pronoun.subject} swore by it. my ${v.friendRole} ${v.friend.first} is coming over to study ${v.prepText}.`,
  ],
  update: [
    (v) => `ugh the lessons are not ${v.oldValue.value} anymore, ${v.contact.first} changed the rate to ${v.newValue.value} an hour.`,
    (v) => `Price change: ${v.org} no longer charges ${v.oldValue.value} for private lessons, it's ${v.newValue.value} an hour now.`,
  ],
  outcome: [
    (v) => `results are in from the ${v.event} ${v.outcomeWhen}, I got ${v.outcome.value}!! I'm so ${v.feelingAfter}.`,
    (v) => `I'm ${v.feelingAfter}. the ${v.event} ${v.outcomeWhen} went better than I thought, ${v.outcome.value}.`,
  ],
  midQuestions: [
    { ask: (v) => `wait who is my ${v.contactRole} again? I blanked`, answer: 'contact' },
    { ask: () => 'which school am I taking lessons at again?', answer: 'org' },
  ],
  questions: {
    org: [
      (v) => `Where am I taking ${v.context} lessons with ${v.contact.first}?`,
      (v) => `Where is the ${v.event} ${v.contact.first} is preparing me for?`,
    ],
    contact: [(v) => `Who is my ${v.context} ${v.contactRole} at ${v.org}?`],
    quantity: [(v) => `What did I score on my practice test for the ${v.event} at ${v.org}?`],
    when: [(v) => `When is my ${v.event} at ${v.org}?`, (v) => `What date is the ${v.event} ${v.contact.first} is preparing me for?`],
    current: [
      (v) => `How much do my lessons with ${v.contact.first} cost per hour now?`,
      (v) => `What is the current hourly rate for lessons at ${v.org}?`,
    ],
    feeling: [
      (v) => `How did I feel about the ${v.event} with ${v.contact.first} at first, and where was I taking it?`,
      (v) => `What was my mood early on about the ${v.event} ${v.contact.first} prepared me for, and which school was it with?`,
    ],
    situation: [
      (v) => `Sum up my ${v.context} studies with ${v.contact.first}: where I study, who I study with, and how the ${v.event} went.`,
      (v) => `Recap my exam prep with ${v.contact.full}: the school, my study partner, and my final score.`,
    ],
  },
};
