import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { gradedQuestions } from '../../src/corpus/model.js';
import { ATANT_EXAMPLE, corpusFixture, sharedDataPresent } from '../helpers/paths.js';

describe.skipIf(!sharedDataPresent(ATANT_EXAMPLE))('the public ATANT example', () => {
  it('loads as 1 story with 8 questions and no errors', async () => {
    const { corpus, errors } = await loadCorpus(ATANT_EXAMPLE);
    expect(errors).toEqual([]);
    expect(corpus.stories).toHaveLength(1);
    expect(corpus.stories[0].questions).toHaveLength(8);
    expect(corpus.stories[0].turns).toHaveLength(10);
  });

  it('recognises its unmarked general-knowledge questions as traps, but not the question about the story', async () => {
    const { corpus } = await loadCorpus(ATANT_EXAMPLE);
    const traps = corpus.stories[0].turns.filter((t) => t.generalKnowledgeTrap).map((t) => t.text);
    expect(traps).toEqual(["What's the capital of France?", "What's 25 times 17?"]);
  });

  it('resolves the simulated clock forward from the start date', async () => {
    const { corpus } = await loadCorpus(ATANT_EXAMPLE);
    const stamps = corpus.stories[0].turns.map((t) => t.timestamp);
    expect(stamps[0]).toBe('2025-01-06T09:00');
    expect(stamps[5]).toBe('2025-01-08T14:00');
    expect(stamps[9]).toBe('2025-01-10T18:00');
  });
});

describe('dialects', () => {
  it('reads expected_memory_stores, final_verification, retrieval probes, intent routing and the GK marker', async () => {
    const { corpus, errors } = await loadCorpus(corpusFixture('dialects'));
    expect(errors).toEqual([]);
    const story = corpus.stories.find((s) => s.id === '201')!;
    expect(story.turns[0].expectedStores).toEqual(['Rosa Delgado', 'Thursday', 'Lake Tahoe']);
    expect(story.questions.map((q) => q.id)).toEqual(['201_q1', '201_q2']);
    expect(story.questions[1].expected).toEqual(['85']);
    const probe = story.turns[1].midQuestion!;
    expect(probe).toMatchObject({ phase: 'mid', atTurn: 1, text: 'Wait, who is my plumber again?', expected: ['Rosa Delgado'] });
    expect(story.turns[2].generalKnowledgeTrap).toBe(true);
    expect(story.turns[4]).toMatchObject({ generalKnowledgeTrap: true, gkMarker: true, expectedStores: [] });
    expect(gradedQuestions(story).map((q) => q.id)).toEqual(['201_b2', '201_q1', '201_q2']);
  });

  it('keeps unknown keys and both triple shapes', async () => {
    const { corpus } = await loadCorpus(corpusFixture('dialects'));
    const s201 = corpus.stories.find((s) => s.id === '201')!;
    const s202 = corpus.stories.find((s) => s.id === '202')!;
    expect(s201.extra).toEqual({ engines_tested: { nura: 1.2 } });
    expect(s201.turns[3].adaptation).toEqual({ emotion: 'calm', warmthDirection: 'neutral', extra: { vulnerability: 'low' } });
    expect(s201.turns[0].triples).toEqual([{ subject: 'user', predicate: 'plumber', object: 'Rosa Delgado' }]);
    expect(s202.questions[0].triples).toEqual([{ subject: 'user', predicate: 'works_at', object: 'Fernhill Analytics' }]);
    expect(s202.questions[1].extra).toEqual({ reviewer_note: 'kept as an unknown key' });
  });

  it('collapses a block scalar\'s line breaks only at grading time, keeping the text as written', async () => {
    const { corpus } = await loadCorpus(corpusFixture('dialects'));
    expect(corpus.stories.find((s) => s.id === '201')!.turns[0].text).toContain('the\nLake Tahoe');
  });

  it('loads expected_answers.json: a story only there is played from its facts; the YAML wins where both exist', async () => {
    const { corpus, diagnostics } = await loadCorpus(corpusFixture('dialects'));
    const s203 = corpus.stories.find((s) => s.id === '203')!;
    expect(s203.turns.map((t) => t.text)).toEqual(['My dentist is Dr. Hallworth.', 'The cleaning is on June 9.']);
    expect(s203.questions[0]).toMatchObject({ id: '203_q1', expected: ['Hallworth'] });
    expect(s203.questions[0].triples[0].object).toBe('Dr. Hallworth');
    expect(corpus.stories.filter((s) => s.id === '202')).toHaveLength(1);
    expect(corpus.stories.find((s) => s.id === '202')!.questions).toHaveLength(2);
    expect(diagnostics.some((d) => d.rule === 'expected-answers' && d.message.includes('203'))).toBe(true);
  });

  it('gives the same corpus hash for the same files and a different one when a file changes', async () => {
    const a = await loadCorpus(corpusFixture('dialects'));
    const b = await loadCorpus(corpusFixture('dialects'));
    const c = await loadCorpus(corpusFixture('mini'));
    expect(a.corpus.hash).toBe(b.corpus.hash);
    expect(a.corpus.hash).not.toBe(c.corpus.hash);
  });
});

describe('errors', () => {
  it('collects every error with file, line, column and field instead of stopping at the first', async () => {
    const { errors } = await loadCorpus(corpusFixture('broken'));
    const where = errors.map((e) => `${e.file.split('/').pop()}:${e.line}:${e.column} ${e.field} [${e.rule}]`);
    expect(where).toEqual(
      expect.arrayContaining([
        'bad_yaml.yaml:6:1  [yaml]',
        'many_errors.yaml:7:17 batches[0].user_input [schema]',
        'many_errors.yaml:9:12 batches[1].batch [schema]',
        'many_errors.yaml:14:24 questions[0].expected_contains [schema]',
        'many_errors.yaml:15:5 questions[1].question [schema]',
        'duplicate_b.yaml:1:1 story_id [duplicate-id]',
        'duplicate_b.yaml:7:5 question_id [duplicate-id]',
      ]),
    );
  });

  it('fails clearly on a missing corpus path', async () => {
    await expect(loadCorpus('/nonexistent/corpus')).rejects.toThrow(/corpus not found/);
  });
});
