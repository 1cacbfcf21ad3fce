// The prior baseline guesses from corpus-wide answer statistics only: keywords two or more stories
// expect, ranked by how many, for the kind of question asked — never one story's own answer.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MemoryAdapter } from '../../src/adapter/contract.js';
import { resolveAdapter, withPlayedCorpus } from '../../adapters/index.js';
import { tokenCounter } from '../../src/efficiency/tokens.js';
import { questionKind } from '../../adapters/prior/question-kind.js';
import { tempDir } from '../helpers/paths.js';

const story = (id: number, questions: Array<[string, string[]]>) =>
  [
    `story_id: ${id}`,
    `story_name: Story ${id}`,
    'category: Daily Life',
    'batches:',
    `  - {batch: 1, time: Monday 9:00 AM, user_input: "story ${id} happens"}`,
    'questions:',
    ...questions.map(
      ([q, expected], i) => `  - {question_id: ${id}_q${i + 1}, question: "${q}", expected_contains: ${JSON.stringify(expected)}}`,
    ),
  ].join('\n');

function corpus(): string {
  const dir = tempDir();
  writeFileSync(
    path.join(dir, 'a.yaml'),
    story(1, [
      ['What day is the meeting?', ['Friday']],
      ['How did I feel after it?', ['relieved']],
      ['Who is my dentist?', ['Dr. Okafor']],
    ]),
  );
  writeFileSync(
    path.join(dir, 'b.yaml'),
    story(2, [
      ['What day is the party?', ['Friday']],
      ['How did I feel about the move?', ['relieved']],
    ]),
  );
  writeFileSync(
    path.join(dir, 'c.yaml'),
    story(3, [
      ['What day is the exam?', ['Monday']],
      ['How did I feel before the exam?', ['relieved']],
    ]),
  );
  return dir;
}

const signal = new AbortController().signal;

async function openPrior(config: Record<string, unknown>): Promise<MemoryAdapter> {
  const adapter = (await resolveAdapter('prior')).create(config);
  await adapter.open({ dataDir: tempDir() }, { signal });
  return adapter;
}

describe('prior baseline adapter', () => {
  it('answers with the keywords several stories expect for that kind of question, most frequent first', async () => {
    const prior = await openPrior({ corpus: corpus() });
    const emotion = (await prior.query('How did I feel when the boiler broke?', {}, { signal })).text;
    expect(emotion.startsWith('relieved')).toBe(true);
    const weekday = (await prior.query('What day is the dentist?', {}, { signal })).text;
    expect(weekday.startsWith('friday')).toBe(true);
  });

  it('never answers with a keyword only one story expects', async () => {
    const prior = await openPrior({ corpus: corpus() });
    for (const question of ['What day is the dentist?', 'Who is my dentist?', 'How did I feel?']) {
      const text = (await prior.query(question, {}, { signal })).text;
      expect(text).not.toMatch(/monday|okafor/);
    }
  });

  it('remembers nothing it is told', async () => {
    const prior = await openPrior({ corpus: corpus() });
    await prior.ingest({ text: 'my dentist is Dr. Zebedee and the meeting is on Sunday' }, {}, { signal });
    expect((await prior.query('Who is my dentist?', {}, { signal })).text).not.toMatch(/zebedee|sunday/);
  });

  it('keeps the answer within its token budget', async () => {
    const count = tokenCounter();
    const wide = await openPrior({ corpus: corpus(), answerTokens: 128 });
    expect((await wide.query('What day is it?', {}, { signal })).text).toBe('friday, relieved');
    // "friday" is 2 tokens and "friday, relieved" 4: a 3-token budget keeps only the first.
    const narrow = await openPrior({ corpus: corpus(), answerTokens: 3 });
    const text = (await narrow.query('What day is it?', {}, { signal })).text;
    expect(text).toBe('friday');
    expect(count(text)).toBeLessThanOrEqual(3);
  });

  it('rejects a bad budget in its config', () => {
    return expect(resolveAdapter('prior').then((d) => d.create({ answerTokens: 0 }))).rejects.toThrow(/answerTokens/);
  });

  it('gets the played corpus unless its config names one (run and bench)', () => {
    expect(withPlayedCorpus('prior', {}, 'other/corpus')).toEqual({ corpus: 'other/corpus' });
    expect(withPlayedCorpus('prior', { corpus: 'mine' }, 'other/corpus')).toEqual({ corpus: 'mine' });
    expect(withPlayedCorpus('full-context', {}, 'other/corpus')).toEqual({});
  });

  it('reads the kind of question from its wording', () => {
    expect(questionKind('How was I feeling before the surgery?')).toBe('emotion');
    expect(questionKind('What day of the week is my class?')).toBe('weekday');
    expect(questionKind('When is the recital?')).toBe('date');
    expect(questionKind('How much is the rent?')).toBe('number');
    expect(questionKind("What's the name of my landlord?")).toBe('person');
    expect(questionKind('Where is the appointment?')).toBe('place');
    expect(questionKind('Which colour did we pick?')).toBe('other');
  });
});
