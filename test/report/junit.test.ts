// The JUnit XML report: well-formed, one suite per story and one case per graded question, with the
// counts CI systems read, and every value from the run escaped.
import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/report/junit.js';
import { question, runRecord, storedRun } from '../helpers/stored-run.js';
import { parseXml } from '../helpers/xml.js';

const stored = storedRun(
  runRecord({ id: 'run-7', adapterName: 'my<layer>', adapterVersion: '2.0', mode: 'cumulative', scope: 'none' }),
  [
    { id: 'a', canaries: [] },
    { id: 'b', canaries: [] },
  ],
  [
    question('a', 'a_b2', 'mid', 'pass', 'Burrow Hire', { latencyMs: 250 }),
    question('a', 'a_q1', 'final', 'fail', 'It is "Leeds" & <b>not</b> Harrogate\u0007', {
      question: 'Where & when?',
      expected: ['Harrogate', 'Friday'],
      reason: 'missing "Harrogate"',
      latencyMs: 1500,
    }),
    question('a', 'a_trap', 'trap', 'skip', 'Paris'),
    question('a', 'a_q1', 'retention', 'fail', 'nothing'),
    question('b', 'b_q1', 'final', 'error', '', { reason: 'timed out after 5000 ms', latencyMs: 5000 }),
    question('b', 'b_q2', 'final', 'pass', 'plot 17', { latencyMs: 12 }),
  ],
);
stored.stories[1].name = "Tom's <allotment>";

describe('JUnit XML report', () => {
  const xml = renderJunit(stored);
  const root = parseXml(xml);

  it('is one well-formed testsuites document naming the run', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(root.attributes.name).toBe(
      `threadline run run-7, my<layer>@2.0, cumulative/none, grading strict (whole answer), budget default, corpus ${'h'.repeat(16)}`,
    );
  });

  it('has one suite per story with its tests, failures, errors and time', () => {
    expect(root.children.map((s) => [s.name, s.attributes])).toEqual([
      ['testsuite', { name: 'story a: a', tests: '2', failures: '1', errors: '0', time: '1.750' }],
      ['testsuite', { name: "story b: Tom's <allotment>", tests: '2', failures: '0', errors: '1', time: '5.012' }],
    ]);
  });

  it('has one case per graded question (mid and final; not traps or retention), in order', () => {
    const cases = root.children.flatMap((s) => s.children);
    expect(cases.map((c) => [c.attributes.classname, c.attributes.name, c.attributes.time])).toEqual([
      ['my<layer>.cumulative.story-a', 'a_b2 [mid] q a_b2', '0.2500'],
      ['my<layer>.cumulative.story-a', 'a_q1 [final] Where & when?', '1.5000'],
      ['my<layer>.cumulative.story-b', 'b_q1 [final] q b_q1', '5.0000'],
      ['my<layer>.cumulative.story-b', 'b_q2 [final] q b_q2', '0.0120'],
    ]);
    expect(cases[0].children).toEqual([]);
    expect(cases[3].children).toEqual([]);
  });

  it('a failed question carries a failure with its reason, expected keywords and the answer, unescaped by the parser', () => {
    const [failure] = root.children[0].children[1].children;
    expect(failure.name).toBe('failure');
    expect(failure.attributes.message).toBe('missing "Harrogate"');
    // The bell character is dropped: XML 1.0 cannot carry it even escaped.
    expect(failure.text).toBe('expected: Harrogate, Friday\nanswer: It is "Leeds" & <b>not</b> Harrogate');
    expect(xml).toContain('It is &quot;Leeds&quot; &amp; &lt;b&gt;not&lt;/b&gt; Harrogate</failure>');
  });

  it('an adapter error is an error element, not a failure', () => {
    const [error] = root.children[1].children[0].children;
    expect(error.name).toBe('error');
    expect(error.attributes.message).toBe('timed out after 5000 ms');
    expect(error.text).toBe('expected: x\nanswer: ');
  });

  it('a failure without a reason names its outcome, and long answers are cut at 2,000 characters', () => {
    const long = storedRun(runRecord(), [{ id: 'a', canaries: [] }], [question('a', 'q', 'final', 'fail', 'y'.repeat(2500))]);
    const [failure] = parseXml(renderJunit(long)).children[0].children[0].children;
    expect(failure.attributes.message).toBe('fail');
    expect(failure.text).toBe(`expected: x\nanswer: ${'y'.repeat(2000)}`);
  });
});
