// One failing fixture per lint rule: a clean story, mutated in exactly one way, must produce
// exactly the finding that rule is for — with the file and line of the offending part.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { lintCorpus } from '../../src/lint/lint.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

const CLEAN = readFileSync(path.join(FIXTURES, 'lint/clean.yaml'), 'utf8');

async function lintText(text: string, extra: Record<string, string> = {}) {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'story.yaml'), text);
  for (const [name, content] of Object.entries(extra)) writeFileSync(path.join(dir, name), content);
  return lintCorpus(await loadCorpus(dir));
}

function mutate(from: string, to: string): string {
  expect(CLEAN).toContain(from);
  return CLEAN.replace(from, to);
}

const findings = (report: Awaited<ReturnType<typeof lintText>>) =>
  [...report.errors, ...report.warnings].map((d) => ({ severity: d.severity, rule: d.rule, line: d.line, message: d.message }));

describe('lint rules', () => {
  it('the clean fixture has no findings', async () => {
    const report = await lintText(CLEAN);
    expect(findings(report)).toEqual([]);
  });

  const cases: Array<{ rule: string; severity: 'error' | 'warning'; from: string; to: string; message: RegExp; line?: number }> = [
    { rule: 'schema', severity: 'error', from: 'input_class: update', to: 'input_class: correction', message: /Invalid option/, line: 42 },
    {
      rule: 'unanswerable',
      severity: 'error',
      from: 'expected_contains: [Halden Heating]',
      to: 'expected_contains: [Halden Plumbing]',
      message: /"Halden Plumbing" occurs in no user input of the story; unanswerable/,
    },
    {
      rule: 'unanswerable',
      severity: 'error',
      from: 'expected_response_contains: [Priyesh]',
      to: 'expected_response_contains: [Friday]',
      message: /"Friday" occurs in no earlier user input/,
    },
    {
      rule: 'must-not-contain',
      severity: 'error',
      from: 'must_not_contain: [240 pounds]',
      to: 'must_not_contain: [300 pounds]',
      message: /"300 pounds" occurs in no user input/,
    },
    {
      rule: 'must-not-contain',
      severity: 'error',
      from: 'must_not_contain: [240 pounds]',
      to: 'must_not_contain: [265]',
      message: /collides with expected keyword "265 pounds"/,
    },
    {
      rule: 'gk-trap',
      severity: 'error',
      from: 'whats the boiling point of water in fahrenheit',
      to: 'whats the boiling point of water for Halden Heating',
      message: /mentions personal keywords: Halden Heating/,
    },
    {
      rule: 'annotations',
      severity: 'error',
      from: '{text: tomorrow, resolved',
      to: '{text: next week, resolved',
      message: /temporal text "next week" does not occur/,
    },
    {
      rule: 'annotations',
      severity: 'error',
      from: 'store_types: {pump: OBJECT, 240 pounds: MONEY}',
      to: 'store_types: {pump: OBJECT, 250 pounds: MONEY}',
      message: /store_types names "250 pounds"/,
    },
    {
      rule: 'annotations',
      severity: 'error',
      from: 'updates: [{from: 240 pounds, to: 265 pounds}]',
      to: 'updates: [{from: 230 pounds, to: 265 pounds}]',
      message: /superseded value "230 pounds" occurs in no earlier batch/,
    },
    {
      rule: 'annotations',
      severity: 'error',
      from: 'total_batches: 5',
      to: 'total_batches: 6',
      message: /total_batches is 6 but the story has 5 batches/,
    },
    {
      rule: 'annotations',
      severity: 'error',
      from: 'answer_batches: [3, 5]',
      to: 'answer_batches: [3]',
      message: /situation question needs facts from 2\+ batches/,
    },
    {
      rule: 'annotations',
      severity: 'error',
      from: 'expected_stores: [pump, 240 pounds]',
      to: 'expected_stores: [pump, 240 pounds, radiator]',
      message: /stored value "radiator" does not occur in its user_input/,
    },
    { rule: 'design', severity: 'error', from: 'time: Thursday 6:00 PM', to: 'time: Monday 6:00 PM', message: /all turns fall on one day/ },
    {
      rule: 'should',
      severity: 'warning',
      from: 'phenomena: [coreference, negation]',
      to: 'phenomena: [negation]',
      message: /no coreference/,
    },
    {
      rule: 'should',
      severity: 'warning',
      from: 'expected_adaptation: {emotion_detected: frustrated, warmth_direction: increase}',
      to: 'phenomena: [typo]',
      message: /no emotional signal/,
    },
    {
      rule: 'guessable',
      severity: 'warning',
      from: 'question: Which company did I call about the boiler?',
      to: 'question: Did I call Halden Heating or someone else?',
      message: /"Halden Heating" occurs in the question itself/,
      line: 47,
    },
    {
      rule: 'loose-number',
      severity: 'warning',
      from: 'expected_contains: [265 pounds]',
      to: 'expected_contains: ["65"]',
      message: /"65" occurs inside a larger number in story 501 \("…went up to 265 pounds/,
      line: 53,
    },
  ];

  for (const c of cases) {
    it(`${c.rule}: ${c.message.source}`, async () => {
      let text = mutate(c.from, c.to);
      if (c.rule === 'design')
        text = text.replace('time: Tuesday 10:00 AM', 'time: Monday 10:00 AM').replace('time: Wednesday 9:00 AM', 'time: Monday 11:00 AM');
      const found = findings(await lintText(text));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: c.severity, rule: c.rule });
      expect(found[0].message).toMatch(c.message);
      if (c.line) expect(found[0].line).toBe(c.line);
    });
  }

  it('design: too few turns, multi-fact utterances and questions are each reported', async () => {
    const minimal = `story_id: 9\nstory_name: Tiny\ncategory: Career\nbatches:\n  - {batch: 1, time: Monday 9:00 AM, user_input: I work at Brindle., expected_stores: [Brindle]}\n  - {batch: 2, time: Tuesday 9:00 AM, user_input: Fine.}\nquestions:\n  - {question: Where do I work?, expected_contains: [Brindle]}\n`;
    const messages = (await lintText(minimal)).errors.filter((d) => d.rule === 'design').map((d) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/has 2 turns; needs at least 3/),
        expect.stringMatching(/has 0 multi-fact utterance/),
        expect.stringMatching(/has 1 question\(s\); needs at least 3/),
        expect.stringMatching(/has no temporal reference/),
      ]),
    );
  });

  const sibling = (text: string) => text.replace('story_id: 501', 'story_id: 502').replaceAll('501_q', '502_q');
  const grouped = (text: string) => text.replace('start_date: 2025-02-03', 'start_date: 2025-02-03\ncollision_group: same-boiler');

  const withoutTrap = () =>
    mutate(
      'input_class: general_knowledge\n    verification: {type: intent_routing, expected_intent: GENERAL_KNOWLEDGE}',
      'input_class: noise',
    );

  it('should: a corpus with no general-knowledge trap at all is warned about', async () => {
    const found = findings(await lintText(withoutTrap()));
    expect(found).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'should', message: expect.stringMatching(/no general-knowledge trap/) }),
    ]);
  });

  it('should: a story without a trap beside stories with traps is a note, not a warning', async () => {
    const report = await lintText(withoutTrap(), { 'sibling.yaml': sibling(CLEAN) });
    expect(findings(report).filter((d) => d.rule === 'should')).toEqual([]);
    expect(report.notes.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/story 501: has no general-knowledge trap \(1 of 2 stories have one\)/),
    );
  });

  it('generic: a closed-class answer that other stories share is flagged in each story', async () => {
    const weekdayAnswer = grouped(mutate('expected_contains: [Halden Heating]', 'expected_contains: [Friday]'));
    const found = findings(await lintText(weekdayAnswer, { 'other.yaml': sibling(weekdayAnswer) }));
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'generic',
          severity: 'warning',
          line: 48,
          message: expect.stringMatching(/501_q1: answer \[Friday\] is generic .* also answers stories 502/),
        }),
        expect.objectContaining({
          rule: 'generic',
          severity: 'warning',
          line: 48,
          message: expect.stringMatching(/502_q1: answer \[Friday\] is generic .* also answers stories 501/),
        }),
      ]),
    );
  });

  it('generic: the same closed-class answer in one story only, or a distinctive one, is not flagged', async () => {
    const distinctive = grouped(CLEAN);
    expect(findings(await lintText(distinctive, { 'other.yaml': sibling(distinctive) }))).toEqual([]);
  });

  it('unplanned-collision: names two stories share are flagged unless both declare the same collision_group', async () => {
    const found = findings(await lintText(CLEAN, { 'other.yaml': sibling(CLEAN).replaceAll('Halden Heating', 'Marrow Plumbing') }));
    expect(found.map((f) => f.rule)).toEqual(['unplanned-collision', 'unplanned-collision']);
    expect(found.map((f) => f.message).sort()).toEqual([
      expect.stringMatching(/story 501: the name "priyesh" also occurs in stories 502 outside a shared collision_group/),
      expect.stringMatching(/story 502: the name "priyesh" also occurs in stories 501/),
    ]);
    expect(found.map((f) => f.line)).toEqual([9, 9]);
    const declared = grouped(CLEAN);
    expect(findings(await lintText(declared, { 'other.yaml': sibling(declared) }))).toEqual([]);
    const otherGroup = findings(await lintText(declared, { 'other.yaml': sibling(declared).replace('same-boiler', 'other-boiler') }));
    expect(otherGroup.filter((f) => f.rule === 'unplanned-collision')).toHaveLength(4);
  });

  it('duplicate ids across files are errors naming the first occurrence', async () => {
    const report = await lintText(CLEAN, { 'copy.yaml': CLEAN.replace('story_name: The Boiler', 'story_name: Copy') });
    const dup = report.errors.filter((d) => d.rule === 'duplicate-id');
    expect(dup.map((d) => d.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/duplicate story id 501 \(first in .*copy\.yaml:1\)|duplicate story id 501 \(first in .*story\.yaml:1\)/),
      ]),
    );
    expect(dup.some((d) => /duplicate question id 501_q1/.test(d.message))).toBe(true);
  });

  it('a "GK trap" marker on a question about the user is flagged', async () => {
    const text = mutate(
      `    user_input: whats the boiling point of water in fahrenheit\n    input_class: general_knowledge\n    verification: {type: intent_routing, expected_intent: GENERAL_KNOWLEDGE}`,
      `    user_input: what did my plumber say about the radiator?\n    expected_memory_stores: [GK trap]`,
    );
    const found = findings(await lintText(text));
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'gk-trap',
        message: expect.stringMatching(/reads as a question about the user's own story/),
      }),
    ]);
  });

  it('unknown-key: a misspelt known key is a warning with "did you mean"; lint --strict fails on it', async () => {
    const text = mutate('    must_not_contain: [240 pounds]', '    must_not_contian: [240 pounds]');
    const report = await lintText(text);
    expect(findings(report)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'unknown-key',
        line: 53,
        message: 'question 501_q2: unknown key "must_not_contian" — did you mean "must_not_contain"? It is kept but not used',
      }),
    ]);
  });

  it('unknown-key: a key unlike any known one is kept without a warning', async () => {
    const report = await lintText(
      mutate('    must_not_contain: [240 pounds]', '    must_not_contain: [240 pounds]\n    engines_tested: {nura: pass}'),
    );
    expect(findings(report)).toEqual([]);
    expect(report.keptKeys).toEqual(['engines_tested (1)']);
  });

  it('ambiguous-at-end: a final question another story asks in the same words is a note, not a warning', async () => {
    const other = CLEAN.replace('story_id: 501', 'story_id: 502').replace(/501_q/g, '502_q');
    const report = await lintText(CLEAN, { 'other.yaml': other });
    expect(findings(report).filter((f) => f.rule === 'ambiguous-at-end')).toEqual([]);
    const notes = report.notes.filter((d) => d.rule === 'ambiguous-at-end');
    expect(notes.length).toBe(2 * 3);
    expect(notes[0].message).toMatch(/asked in the same words by another story/);
  });
});
