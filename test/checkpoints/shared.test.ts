// The checkpoints' shared helpers: defensive readers for whatever an adapter returned (possibly
// through JSON from another process), record lookups, and label/text folding.
import { describe, expect, it } from 'vitest';
import { readQuestionDiagnostics, readTurnDiagnostics } from '../../checkpoints/shared/diagnostics.js';
import {
  lookupQuestion,
  lookupTurn,
  storyNotApplicable,
  storyQuestions,
  turnFinding,
  valueItem,
} from '../../checkpoints/shared/records.js';
import { canonicalLabel, containsText, labelKey, quote, quoteList } from '../../checkpoints/shared/text.js';
import { asked, checkpointInput, failedIngest, ingested, question, story, turn } from './fixtures.js';

describe('readTurnDiagnostics', () => {
  it('reads nothing from nothing', () => {
    expect(readTurnDiagnostics(undefined)).toEqual({});
    expect(readTurnDiagnostics({})).toEqual({ inputClass: undefined, facts: undefined, temporal: undefined, emotion: undefined });
  });

  it('keeps a non-blank input class only', () => {
    expect(readTurnDiagnostics({ inputClass: 'statement' }).inputClass).toBe('statement');
    expect(readTurnDiagnostics({ inputClass: '   ' }).inputClass).toBeUndefined();
    expect(readTurnDiagnostics({ inputClass: 3 }).inputClass).toBeUndefined();
  });

  it('reads facts from strings or objects with text, a lone string standing for a list of one', () => {
    const { facts } = readTurnDiagnostics({
      facts: [
        'plain fact',
        { text: 'typed', types: 'PERSON', predictedQueries: ['Who?', 4, 'When?'] },
        { text: 7 },
        null,
        { types: ['X'] },
        { text: 'bare' },
      ],
    });
    expect(facts).toEqual([
      { text: 'plain fact' },
      { text: 'typed', types: ['PERSON'], predictedQueries: ['Who?', 'When?'] },
      { text: 'bare', types: undefined, predictedQueries: undefined },
    ]);
    expect(readTurnDiagnostics({ facts: 'not a list' }).facts).toBeUndefined();
    expect(readTurnDiagnostics({ facts: [{ text: 'x', types: 5 }] }).facts).toEqual([
      { text: 'x', types: undefined, predictedQueries: undefined },
    ]);
  });

  it('reads temporal entries with text, keeping only valid directions and non-blank values', () => {
    const { temporal } = readTurnDiagnostics({
      temporal: [
        { text: 'on Friday', resolved: '2025-03-07', direction: 'future', type: 'DATE' },
        { text: 'yesterday', resolved: ' ', direction: 'sideways', type: '' },
        { text: 'now', direction: 'present' },
        { text: 'then', direction: 'past' },
        { resolved: '2025-01-01' },
        'Friday',
      ],
    });
    expect(temporal).toEqual([
      { text: 'on Friday', resolved: '2025-03-07', direction: 'future', type: 'DATE' },
      { text: 'yesterday', resolved: undefined, direction: undefined, type: undefined },
      { text: 'now', resolved: undefined, direction: 'present', type: undefined },
      { text: 'then', resolved: undefined, direction: 'past', type: undefined },
    ]);
  });

  it('reads an emotion from a label string or an object with a label or a warmth direction', () => {
    expect(readTurnDiagnostics({ emotion: 'anxious' }).emotion).toEqual({ label: 'anxious' });
    expect(readTurnDiagnostics({ emotion: '  ' }).emotion).toBeUndefined();
    expect(readTurnDiagnostics({ emotion: { label: 'calm', warmthDirection: 'increase' } }).emotion).toEqual({
      label: 'calm',
      warmthDirection: 'increase',
    });
    expect(readTurnDiagnostics({ emotion: { warmthDirection: 'decrease' } }).emotion).toEqual({ label: '', warmthDirection: 'decrease' });
    expect(readTurnDiagnostics({ emotion: { label: 'sad' } }).emotion).toEqual({ label: 'sad', warmthDirection: undefined });
    expect(readTurnDiagnostics({ emotion: { label: ' ', warmthDirection: '' } }).emotion).toBeUndefined();
    expect(readTurnDiagnostics({ emotion: ['sad'] }).emotion).toBeUndefined();
    expect(readTurnDiagnostics({ emotion: 5 }).emotion).toBeUndefined();
  });
});

describe('readQuestionDiagnostics', () => {
  it('reads the query class and candidate lists from strings or objects with text', () => {
    expect(readQuestionDiagnostics(undefined)).toEqual({});
    expect(
      readQuestionDiagnostics({
        queryClass: 'temporal',
        candidates: ['a', { text: 'b', score: 2 }, { score: 1 }, 3],
        convergence: [{ text: 'c' }],
      }),
    ).toEqual({
      queryClass: 'temporal',
      candidates: [{ text: 'a' }, { text: 'b' }],
      convergence: [{ text: 'c' }],
    });
    expect(readQuestionDiagnostics({ queryClass: '', candidates: 'a', convergence: {} })).toEqual({
      queryClass: undefined,
      candidates: undefined,
      convergence: undefined,
    });
  });
});

describe('record lookups', () => {
  const t1 = turn(1);
  const t2 = turn(2);
  const t3 = turn(3);
  const q = question('s1_q1', ['x']);

  it('finds the turn record of a batch, or says why it cannot be judged', () => {
    const input = checkpointInput(story([t1, t2, t3]), {
      turns: [ingested(t1, { inputClass: 'noise' }), { ...failedIngest(t2, ''), error: undefined }],
    });
    expect(lookupTurn(input, t1)).toMatchObject({ ok: true, diagnostics: { inputClass: 'noise' } });
    expect(lookupTurn(input, t2)).toEqual({ ok: false, reason: 'ingest of batch 2 failed: unknown error' });
    expect(lookupTurn(input, t3)).toEqual({ ok: false, reason: "batch 3 was never ingested (no turn record; see the story's error)" });
  });

  it('finds the graded record of a question, never its retention re-ask', () => {
    const retention = { ...asked(q, { diagnostics: { queryClass: 'factual' } }), phase: 'retention' as const };
    expect(lookupQuestion(checkpointInput(story([t1], [q]), { questions: [retention] }), q)).toEqual({
      ok: false,
      reason: "question s1_q1 was never asked (no record; see the story's error)",
    });
    const mid = { ...asked(q, { diagnostics: { queryClass: 'temporal' } }), phase: 'mid' as const };
    expect(lookupQuestion(checkpointInput(story([t1], [q]), { questions: [retention, mid] }), q)).toMatchObject({
      ok: true,
      diagnostics: { queryClass: 'temporal' },
    });
    const errored = asked(q, { outcome: 'error' });
    expect(lookupQuestion(checkpointInput(story([t1], [q]), { questions: [errored] }), q)).toEqual({
      ok: false,
      reason: "the adapter's query failed: unknown error",
    });
    expect(
      lookupQuestion(checkpointInput(story([t1], [q]), { questions: [asked(q, { outcome: 'error', reason: 'timed out' })] }), q),
    ).toEqual({ ok: false, reason: "the adapter's query failed: timed out" });
  });

  it('lists mid-story probes before the final questions', () => {
    const probe = question('s1_b2', ['y'], { phase: 'mid' });
    const s = story([t1, turn(2, { midQuestion: probe })], [q]);
    expect(storyQuestions(checkpointInput(s)).map((x) => x.id)).toEqual(['s1_b2', 's1_q1']);
  });

  it('labels findings by batch and value', () => {
    expect(turnFinding('CP2', t2, 'fail', 'why')).toEqual({ checkpoint: 'CP2', item: 'batch 2', batch: 2, status: 'fail', reason: 'why' });
    expect(valueItem(t2, 'Lake "Tahoe"')).toBe('batch 2: "Lake \\"Tahoe\\""');
    expect(storyNotApplicable('CP7', 'none')).toEqual([{ checkpoint: 'CP7', item: 'story', status: 'not-applicable', reason: 'none' }]);
  });
});

describe('text helpers', () => {
  it('containsText folds case and whitespace on both sides', () => {
    expect(containsText('Trip to LAKE\n\t tahoe', 'lake  Tahoe')).toBe(true);
    expect(containsText('Lake', 'Lake Tahoe')).toBe(false);
  });

  it('labelKey reduces a label to lower_snake_case', () => {
    expect(labelKey('  Personal Statement ')).toBe('personal_statement');
    expect(labelKey('personal-statement')).toBe('personal_statement');
    expect(labelKey('Personal -_ Statement')).toBe('personal_statement');
  });

  it('canonicalLabel maps a label through a synonym table, canonical names first', () => {
    const table = { general_knowledge: ['gk', 'trivia'], statement: ['personal statement'] } as const;
    expect(canonicalLabel('General Knowledge', table)).toBe('general_knowledge');
    expect(canonicalLabel('GK', table)).toBe('general_knowledge');
    expect(canonicalLabel('personal-statement', table)).toBe('statement');
    expect(canonicalLabel('banter', table)).toBeUndefined();
  });

  it('quote flattens whitespace and shortens long text to the given length', () => {
    expect(quote('  two\n lines ')).toBe('"two lines"');
    expect(quote('abcdefghij', 5)).toBe('"abcd…"');
    expect(quote('abcde', 5)).toBe('"abcde"');
    expect(quote('x'.repeat(81))).toBe(`"${'x'.repeat(79)}…"`);
    expect(quote('x'.repeat(80))).toBe(`"${'x'.repeat(80)}"`);
    expect(quoteList(['a', 'b c'])).toBe('"a", "b c"');
  });
});
