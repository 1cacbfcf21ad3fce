// A sentence of a known shape carries the question it answers (lexicon/askables.ts), so a question
// meets it though they share no word: someone saying what the user should do answers "who coached
// me?", someone said to start answers "who did I hire?" (the answer bringing the sentence that gave
// their full name right after the best fact, compose.ts), a problem named answers "what did I have
// to fix?", "38 minutes door to door" answers "how long does it take?", "my new manager will be X" whom I
// report to. Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { askablesOf } from '../../../adapters/reference/lexicon/askables.js';
import { answer, story } from './engine-memory.js';

const givesAdvice = (sentence: string) => askablesOf(sentence).some((q) => q.includes('advised'));

describe('someone advising the user', () => {
  it('reads "says I should", "told me to" as advice, not any saying', () => {
    expect(givesAdvice('my uncle says I should ask for 64k')).toBe(true);
    expect(givesAdvice('she told me to walk away if they say no')).toBe(true);
    expect(givesAdvice('he said the meeting moved to Thursday')).toBe(false);
    expect(givesAdvice('I should really call my gran')).toBe(false);
  });

  it('answers who coached me with the advice, though it never says "coach"', () => {
    const memory = story(
      'got a job offer from Harlow Logistics for an ops manager role, they offered 58k and want an answer by Monday.',
      'rang my uncle Desmond, he has hired people for thirty years and says I should ask for 64k and not mention my current pay.',
      'the commute to Harlow would be 40 minutes each way, which is a bit much.',
      'sent the counter-offer this morning, fingers crossed.',
      'they came back at 62k plus a signing bonus, I am taking it!',
    );
    expect(answer(memory, 'Who coached me on the counter-offer?')).toContain('Desmond');
  });
});

const takenOn = (sentence: string) => askablesOf(sentence).some((q) => q.includes('hire'));

describe('someone taken on', () => {
  it('reads a named person starting or joining, or hired, as taken on', () => {
    expect(takenOn('Maeve starts on the 3rd.')).toBe(true);
    expect(takenOn('we finally hired Tomasz for the weekend shifts')).toBe(true);
    expect(takenOn('the course starts on the 3rd.')).toBe(false);
  });

  it('answers with the new starter and the sentence giving their full name', () => {
    const memory = story(
      'we are hiring a junior barista for the cafe, the ad went up today at 12 an hour and closes on the 20th.',
      '19 applications already! the best two are Maeve Donnelly, who ran a coffee cart at the farmers market for two summers and did a latte art course in Cork, and Tomasz Krol, who has worked in a bakery for 3 years and knows the till system we use',
      'doing the interviews on Thursday with my business partner Orla because I would hire whoever smiles at me first, I am too soft for this',
      'the accountant says wages are going up in April so the rate is actually 12.60, good news for whoever I hire',
      'offer accepted!! Maeve starts on the 3rd. I am weirdly emotional, my first hire ever and I keep rereading her email',
    );
    const lines = answer(memory, 'Who did I hire?').split('\n');
    expect(lines[0]).toContain('Maeve starts');
    expect(lines[1]).toContain('Maeve Donnelly');
  });
});

const namesProblem = (sentence: string) => askablesOf(sentence).some((q) => q.includes('needs fixing or work'));

describe('a problem named', () => {
  it('reads "the real problem", "my weak spot" as what needs work, not "no problem"', () => {
    expect(namesProblem('the real problem is that my legs sink')).toBe(true);
    expect(namesProblem('her weak spot is greenhouse work')).toBe(true);
    expect(namesProblem('no problem at all, see you Friday')).toBe(false);
  });

  it('answers what I had to fix with the problem named, first', () => {
    const memory = story(
      'signed up for adult swim lessons at the leisure centre, I can barely do a length.',
      'lesson 2 done. the coach says my arms are fine, the real problem is that my legs sink, so we are doing kick drills with a float every session.',
      'bought new goggles, the old ones leaked constantly.',
      'did 4 lengths without stopping today!!',
    );
    expect(answer(memory, 'What did I have to fix in my swimming?').split('\n')[0]).toContain('my legs sink');
  });
});

const tellsLength = (sentence: string) => askablesOf(sentence).some((q) => q.startsWith('How long?'));

describe('a length of time in hours or minutes', () => {
  it('answers "how long" told bare, as days and weeks are', () => {
    expect(tellsLength('38 minutes door to door, not bad at all')).toBe(true);
    expect(tellsLength('the drive was 3 hours with the traffic')).toBe(true);
    expect(tellsLength('two weeks in and still loving it')).toBe(true);
    // A clock time is not a length.
    expect(tellsLength('the train leaves at 7:40 tomorrow')).toBe(false);
  });
});

const namesWhomIReportTo = (sentence: string) => askablesOf(sentence).includes('Who do I report to?');

describe('whom the user reports to', () => {
  it('reads a manager or boss named as such, or "report to", not any mention of a manager', () => {
    expect(namesWhomIReportTo('so my new manager will be Oksana Drummond, she runs the night shift')).toBe(true);
    expect(namesWhomIReportTo('from Monday I report to Delia Okafor')).toBe(true);
    expect(namesWhomIReportTo('turns out Hamish is my new boss')).toBe(true);
    expect(namesWhomIReportTo('my manager Tomasz thinks it went fine')).toBe(false);
    expect(namesWhomIReportTo('the manager is in a meeting all day')).toBe(false);
  });
});

const helps = (sentence: string) => askablesOf(sentence).some((q) => q.includes('helping'));

describe('someone named doing something for the user', () => {
  it('reads "X is driving me", "X got me …", "… for me" as help, not "It took me ages"', () => {
    expect(helps('my brother Tobias is driving me to the clinic since I will be sedated')).toBe(true);
    expect(helps('Tobias got me a milkshake after, which was clutch')).toBe(true);
    expect(helps('my flatmate Ines is already batch cooking soups for me')).toBe(true);
    expect(helps('It took me ages to find parking')).toBe(false);
    expect(helps('Tobias is moving to Leeds in May')).toBe(false);
  });

  it('answers who has been helping me from what they did for me', () => {
    const memory = story(
      'Dr. Okafor finally sent me for the endoscopy, it is on November 4 at St Brennan’s.',
      'the GP says I have to keep eating gluten until the endoscopy, which is grim.',
      'my brother Tobias is driving me there since I will be sedated.',
      'booked a follow-up with the GP for November 18 to go through the biopsy.',
      'endoscopy done, I was out cold the whole time, the nurse said it went fine.',
      'Tobias got me a milkshake after, which was clutch.',
    );
    const text = answer(memory, 'Who has been helping me through the endoscopy?');
    expect(text.split('\n')[0]).toContain('Tobias');
  });
});

const claimsWork = (sentence: string) => askablesOf(sentence).some((q) => q.includes('took credit'));
const findsHard = (sentence: string) => askablesOf(sentence).some((q) => q.includes('struggling'));

describe('someone claiming the user’s work, and what the user finds hard', () => {
  it('reads a named person doing something with "MY" thing, or stealing it, as claiming it', () => {
    expect(claimsWork('Dana presented MY slides at the offsite')).toBe(true);
    expect(claimsWork('he stole my idea for the logo')).toBe(true);
    expect(claimsWork('Lorna took my mum to the hospital')).toBe(false);
    expect(claimsWork('So I presented MY work')).toBe(false);
  });

  it('answers who took credit, though it never says "credit"', () => {
    const memory = story(
      'Dana presented MY quarterly slides at the offsite today like they were hers.',
      'I spent two weekends on those.',
      'my manager Idris says he will credit the team in the next all-hands.',
    );
    expect(answer(memory, 'Who took credit for my work?')).toContain('Dana');
  });

  it('reads saying something is hard as struggling with it', () => {
    expect(findsHard('fractions are killing me')).toBe(true);
    expect(findsHard('I still don’t get recursion')).toBe(true);
    expect(findsHard('the bus was killing time at the depot')).toBe(false);
  });

  it('answers what I was struggling with', () => {
    const memory = story(
      'started the evening stats course at the college, Tuesdays at 7.',
      'hypothesis testing is killing me.',
      'got 17 out of 20 on the first quiz though.',
    );
    expect(answer(memory, 'Which topic was I struggling with?')).toContain('hypothesis testing');
  });
});
