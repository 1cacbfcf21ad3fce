// Health: a specialist visit; the medication dose changes; the results name a condition.
import type { DomainSpec } from '../domain.js';
import { titleCase, withArticle as a, upperFirst as cap } from '../phrasing.js';

const MEDICATIONS = ['naproxen', 'ibuprofen', 'prednisone', 'cetirizine', 'metformin', 'gabapentin', 'omeprazole'];
// No dose is a substring of another ("50 mg" would hide inside "250 mg").
const DOSES = ['10 mg', '20 mg', '25 mg', '40 mg', '75 mg', '150 mg', '300 mg', '600 mg'];
const AIDS = [
  'knee brace',
  'wrist splint',
  'heating pad',
  'foam roller',
  'compression sleeve',
  'posture cushion',
  'night splint',
  'cold pack',
];
const FINDINGS = [
  'tendinitis',
  'bursitis',
  'vitamin D deficiency',
  'iron deficiency',
  'mild asthma',
  'plantar fasciitis',
  'carpal tunnel syndrome',
  'sciatica',
];

export const health: DomainSpec = {
  category: 'Health',
  orgKind: 'clinic',
  drawFacts(rng) {
    const [oldDose, newDose] = rng.shuffle(DOSES);
    return {
      event: rng.pick(['MRI', 'follow-up appointment', 'specialist appointment', 'scan']),
      contactRole: rng.pick(['doctor', 'specialist']),
      friendRole: rng.pick(['physical therapist', 'pharmacist', 'neighbour who is a nurse']),
      context: rng.pick(MEDICATIONS),
      oldValue: { value: oldDose, type: 'QUANTITY' },
      newValue: { value: newDose, type: 'QUANTITY' },
      quantity: { value: `${5 * rng.int(3, 18)} dollars`, type: 'MONEY' },
      item: { value: rng.pick(AIDS), type: 'OBJECT' },
      outcome: { value: rng.pick(FINDINGS), type: 'CONDITION' },
    };
  },
  storyNames: [(v) => `The ${titleCase(v.event)} at ${v.org}`, (v) => `Seeing Dr. ${v.contact.last}`, () => 'Getting Answers'],
  descriptions: [
    (v) =>
      `The user waits for ${a(v.event)} at ${v.org}; the ${v.context} dose changes from ${v.oldValue.value} to ${v.newValue.value}, and the results come back.`,
    (v) => `A health worry: ${a(v.contactRole)}, a new dose of ${v.context}, help from a friend, and a diagnosis.`,
  ],
  intro: [
    (v) =>
      `I'm ${v.feelingBefore} about my ${v.event} at ${v.org} on ${v.eventDateText}. Dr. ${v.contact.full} is going to go over everything with me.`,
    (v) =>
      `My ${v.contactRole} is Dr. ${v.contact.full} at ${v.org}, and the ${v.event} is on ${v.eventDateText}. I'm pretty ${v.feelingBefore} to be honest.`,
    (v) =>
      `booked the ${v.event} for ${v.eventDateText} at ${v.org} with Dr. ${v.contact.full}. I keep telling myself it's fine but I'm ${v.feelingBefore}.`,
  ],
  detail: [
    (v) =>
      `for now I'm taking ${v.oldValue.value} of ${v.context} twice a day, and the co-pay was ${v.quantity.value} which honestly could be worse.`,
    (v) => `They started me on ${v.context}, ${v.oldValue.value} in the morning. the visit co-pay is ${v.quantity.value} each time.`,
  ],
  coref: [
    (v) =>
      `${cap(v.contact.pronoun.subject)} also told me to start using ${a(v.item.value)}. my ${v.friendRole} ${v.friend.first} is bringing one over ${v.prepText}.`,
    (v) =>
      `the doctor said ${a(v.item.value)} might help, ${v.contact.pronoun.subject} ${v.contact.pronoun.was} really clear about that. ${v.friend.first}, my ${v.friendRole}, is helping me set it up ${v.prepText}.`,
  ],
  update: [
    (v) =>
      `the pharmacy called, Dr. ${v.contact.last} changed my dose. it's not ${v.oldValue.value} anymore, it's ${v.newValue.value} now.`,
    (v) => `Heads up, I'm no longer on ${v.oldValue.value} of ${v.context}. the new dose is ${v.newValue.value}.`,
  ],
  outcome: [
    (v) =>
      `got the results from the ${v.event} ${v.outcomeWhen}: it's ${v.outcome.value}. honestly I'm ${v.feelingAfter}, I was imagining way worse.`,
    (v) => `The ${v.event} ${v.outcomeWhen} showed ${v.outcome.value}, which is treatable. I'm so ${v.feelingAfter}.`,
  ],
  midQuestions: [
    { ask: () => `what was my doctor's name again? my brain is fried`, answer: 'contact' },
    { ask: () => 'remind me which clinic I go to?', answer: 'org' },
  ],
  questions: {
    org: [
      (v) => `Which clinic is Dr. ${v.contact.last} at?`,
      (v) => `Where is my ${v.event} with Dr. ${v.contact.first} ${v.contact.last}?`,
    ],
    contact: [(v) => `What's my doctor's name at ${v.org}?`, (v) => `Who is my ${v.contactRole} at ${v.org}?`],
    quantity: [(v) => `How much was the co-pay at ${v.org}?`],
    when: [(v) => `When is my ${v.event} at ${v.org}?`, (v) => `What date was the ${v.event} with Dr. ${v.contact.last}?`],
    current: [
      (v) => `What dose of ${v.context} has Dr. ${v.contact.last} got me on now?`,
      (v) => `How much ${v.context} am I taking currently for Dr. ${v.contact.last}?`,
    ],
    feeling: [
      (v) => `How was I feeling about the ${v.event} with Dr. ${v.contact.last}, and where is it?`,
      (v) => `What state was I in before Dr. ${v.contact.last}'s ${v.event}, and which clinic is it at?`,
    ],
    situation: [
      (v) =>
        `Give me the whole health picture with Dr. ${v.contact.last}: where I'm being seen, who is helping me, and what the ${v.event} found.`,
      (v) => `Summarise my health situation with Dr. ${v.contact.last}: the clinic, the friend helping me, and the diagnosis.`,
    ],
  },
};
