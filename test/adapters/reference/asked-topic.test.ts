// A question asking what something is about meets the sentence saying what it is on or about, though
// the two share no other word (asked-topic.ts, lexicon/askables.ts). Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { topicTerms } from '../../../adapters/reference/asked-topic.js';
import { askablesOf } from '../../../adapters/reference/lexicon/askables.js';
import { answer, story } from './engine-memory.js';

const givesTopic = (sentence: string) => askablesOf(sentence).some((q) => q.includes('topic'));

describe('what something is about', () => {
  it('reads the question frame "what is … about?", not "what did she ask about?"', () => {
    expect(topicTerms('What is my thesis research about?')).toEqual(['topic']);
    expect(topicTerms("what's the novel about?")).toEqual(['topic']);
    expect(topicTerms('What did the examiner ask me about?')).toEqual([]);
    expect(topicTerms('What is my thesis called?')).toEqual([]);
  });

  it('takes "is on" / "is about" with a topic after it, not an amount, a day or a whereabouts', () => {
    expect(givesTopic('my essay is on coastal erosion in Norfolk.')).toBe(true);
    expect(givesTopic("it's about memory safety in old C code")).toBe(true);
    expect(givesTopic('the drive is about 20 minutes')).toBe(false);
    expect(givesTopic('she is on leave until March')).toBe(false);
    expect(givesTopic("the party's on Saturday")).toBe(false);
    expect(givesTopic('he was about to leave')).toBe(false);
  });

  it('answers with the sentence giving the topic though it names the work otherwise', () => {
    const memory = story(
      'started my masters in marine science at Galway this week, my supervisor is Dr. Niamh Keane.',
      'my project is on seagrass recovery in sheltered bays, fieldwork starts in April.',
      'Niamh wants a literature review by the end of November, 8,000 words.',
      'the lab has a new boat and nobody is allowed to drive it yet lol.',
    );
    expect(answer(memory, 'What is my thesis research about?').split('\n')[0]).toContain('seagrass');
  });
});
