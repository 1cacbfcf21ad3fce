// Segmentation without a tenant id: where the stream is cut into narratives by its clock.
import { describe, expect, it } from 'vitest';
import { Memory } from '../../../adapters/reference/memory.js';
import { hearUtterance, narrativeFor } from '../../../adapters/reference/segment.js';

function told(memory: Memory, timestamp: string, names: string[] = [], text = names.join(', ')) {
  const narrative = narrativeFor(memory, '', timestamp, names, text);
  narrative.lastTimestamp = timestamp;
  hearUtterance(memory, '', timestamp);
  return narrative;
}

describe('quiet spells', () => {
  it('starts a new narrative, which may resume the old one, after more than 30 days with nothing said', () => {
    const memory = new Memory();
    const first = told(memory, '2025-01-06T09:00');
    const later = told(memory, '2025-02-20T09:00');
    expect(later.id).not.toBe(first.id);
    expect(later.resumes).toBe(first.id);
  });

  it('counts a question asked in between: the narrative was still being talked about then', () => {
    const memory = new Memory();
    const first = told(memory, '2025-01-06T09:00');
    // A question about it 28 days later, then something new 17 days after that (45 days after the last telling).
    hearUtterance(memory, '', '2025-02-03T09:00');
    expect(told(memory, '2025-02-20T09:00').id).toBe(first.id);
  });

  it('still cuts where the clock runs backwards or jumps past the hard limit, questions or not', () => {
    const memory = new Memory();
    const first = told(memory, '2025-01-06T09:00');
    hearUtterance(memory, '', '2025-01-20T09:00');
    const back = told(memory, '2025-01-01T09:00');
    expect(back.id).not.toBe(first.id);
    hearUtterance(memory, '', '2025-02-01T09:00');
    expect(told(memory, '2025-09-01T09:00').id).not.toBe(back.id);
  });
});

describe('continuations', () => {
  it('joins a narrative begun after a quiet spell to the earlier one once it names someone only that one told', () => {
    const memory = new Memory();
    const first = told(memory, '2025-05-05T09:00', ['Yevgenia Markova']);
    memory.rememberNames('', first, ['Yevgenia Markova']);
    // 46 days later, nothing named: a new narrative that may resume the first.
    const later = told(memory, '2025-06-20T09:00');
    expect(later.id).not.toBe(first.id);
    // Then Yevgenia again: the same story after all.
    expect(told(memory, '2025-07-03T09:00', ['Yevgenia']).id).toBe(first.id);
    expect(memory.activeNarrative('')?.id).toBe(first.id);
    expect(later.resumes).toBeUndefined();
  });

  it('reaches back over a narrative in between to the one the name was told in', () => {
    const memory = new Memory();
    const venue = told(memory, '2025-03-03T09:00', ['Willowmere']);
    memory.rememberNames('', venue, ['Willowmere']);
    const fitting = told(memory, '2025-06-20T09:00', ['Adeyemi']);
    memory.rememberNames('', fitting, ['Adeyemi']);
    expect(fitting.resumes).toBe(venue.id);
    const stressed = told(memory, '2025-09-30T09:00');
    expect(stressed.resumes).toBe(fitting.id);
    expect(told(memory, '2025-10-01T09:00', ['Willowmere']).id).toBe(venue.id);
    expect(memory.activeNarrative('')?.id).toBe(venue.id);
  });

  it('takes the narrative told between a story and its resumption into that story', () => {
    const memory = new Memory();
    const venue = told(memory, '2025-03-03T09:00', ['Willowmere']);
    memory.rememberNames('', venue, ['Willowmere']);
    memory.addNarrativeTerm(venue, 'venue');
    const fitting = told(memory, '2025-06-20T09:00', ['Adeyemi']);
    memory.rememberNames('', fitting, ['Adeyemi']);
    memory.addNarrativeTerm(fitting, 'fitting');
    told(memory, '2025-09-30T09:00');
    expect(told(memory, '2025-10-01T09:00', ['Willowmere']).id).toBe(venue.id);
    // The fitting, told between the venue and its resumption, was the same story.
    expect(venue.terms.has('fitting')).toBe(true);
    expect(venue.names.has('adeyemi')).toBe(true);
    expect(fitting.resumes).toBeUndefined();
    expect(fitting.terms.size).toBe(0);
  });

  it('moves the later narrative’s facts, words and names into the earlier one', () => {
    const memory = new Memory();
    const first = told(memory, '2025-05-05T09:00');
    memory.addNarrativeTerm(first, 'pilot');
    const later = told(memory, '2025-06-20T09:00');
    memory.addNarrativeTerm(later, 'pilot');
    memory.addNarrativeTerm(later, 'checkride');
    memory.rememberNames('', later, ['Lucius']);
    memory.mergeNarrative(later, first);
    expect([...first.terms].sort()).toEqual(['checkride', 'pilot']);
    expect(later.terms.size).toBe(0);
    expect(memory.narrativesHolding('pilot')).toBe(1);
    expect(first.names.has('lucius')).toBe(true);
    expect(memory.narrativesNaming('', 'lucius')).toBe(1);
  });

  it('does not bridge a quiet spell with a word many narratives have told as a name', () => {
    const memory = new Memory();
    for (const [i, month] of ['01', '03', '05', '07'].entries()) {
      const narrative = told(memory, `202${i}-${month}-01T09:00`, ['Dad']);
      memory.rememberNames('', narrative, ['Dad']);
    }
    const before = memory.activeNarrative('')!;
    expect(told(memory, '2023-09-15T09:00', ['Dad']).id).not.toBe(before.id);
    // A name only the earlier one told still joins them.
    memory.rememberNames('', before, ['Okonkwo']);
    expect(told(memory, '2023-09-20T09:00', ['Okonkwo']).id).toBe(before.id);
  });
});

describe('names introduced anew', () => {
  it('begins another story after a quiet spell when someone the narrative named is introduced again', () => {
    const memory = new Memory();
    const ears = told(memory, '2025-03-20T09:00', ['Pickles'], 'Pickles has been scratching at her ear all weekend');
    memory.rememberNames('', ears, ['Pickles']);
    // Four months on, a puppy is given the name: someone new, not the dog with the sore ear.
    const puppy = told(memory, '2025-08-04T09:00', ['Pickles'], "we're adopting a puppy and we're naming her Pickles");
    expect(puppy.id).not.toBe(ears.id);
    expect(puppy.resumes).toBeUndefined();
    memory.rememberNames('', puppy, ['Pickles']);
    // Named as someone known, later on, she belongs to the story being told.
    expect(told(memory, '2025-08-06T09:00', ['Pickles'], 'Pickles slept all night').id).toBe(puppy.id);
  });

  it('still bridges a quiet spell when the known name is only said, not introduced', () => {
    const memory = new Memory();
    const lessons = told(memory, '2025-05-05T09:00', ['Zhenya'], 'my instructor is Yevgenia Markova, she goes by Zhenya');
    memory.rememberNames('', lessons, ['Zhenya']);
    expect(told(memory, '2025-06-20T09:00', ['Zhenya'], 'Zhenya cut the back tail off my shirt').id).toBe(lessons.id);
  });

  it('does not rejoin an earlier narrative through a name the utterance introduces', () => {
    const memory = new Memory();
    const wedding = told(memory, '2025-03-03T09:00', ['Maya'], 'my sister Maya is getting married');
    memory.rememberNames('', wedding, ['Maya']);
    const recital = told(memory, '2025-06-20T09:00', [], 'ok I signed up for the cello recital');
    expect(recital.resumes).toBe(wedding.id);
    expect(told(memory, '2025-06-21T09:00', ['Maya'], 'my teacher Maya says I am ready').id).toBe(recital.id);
    // Said as someone known, the name joins the two.
    expect(told(memory, '2025-06-22T09:00', ['Maya'], 'Maya called about the dress').id).toBe(wedding.id);
  });
});
