// JUnit XML: one test suite per story, one test case per CP8-graded question, so CI systems show
// a memory layer's failures natively.
import type { StoredRun } from '../store/records.js';
import { escapeHtml } from '../text/markup.js';
import { isGraded } from '../grading/graded.js';
import { xmlSafe } from '../text/sanitize.js';

/** XML 1.0 forbids some characters even when escaped (controls, U+FFFE…), so they are dropped. */
const escapeXml = (text: string) => escapeHtml(xmlSafe(text));

export function renderJunit(stored: StoredRun): string {
  const { run } = stored;
  const suites = stored.stories.map((story) => {
    const qs = stored.questions.filter((q) => q.storyId === story.storyId && isGraded(q));
    const failures = qs.filter((q) => q.outcome === 'fail').length;
    const errors = qs.filter((q) => q.outcome === 'error').length;
    const seconds = qs.reduce((t, q) => t + q.latencyMs, 0) / 1000;
    const cases = qs.map((q) => {
      const name = escapeXml(`${q.questionId} [${q.phase}] ${q.question}`);
      const open = `    <testcase classname="${escapeXml(`${run.adapterName}.${run.mode}.story-${story.storyId}`)}" name="${name}" time="${(q.latencyMs / 1000).toFixed(4)}"`;
      if (q.outcome === 'pass') return `${open}/>`;
      const tag = q.outcome === 'error' ? 'error' : 'failure';
      const body = `expected: ${q.expected.join(', ')}\nanswer: ${q.answer.slice(0, 2000)}`;
      return `${open}>\n      <${tag} message="${escapeXml(q.reason ?? q.outcome)}">${escapeXml(body)}</${tag}>\n    </testcase>`;
    });
    return `  <testsuite name="${escapeXml(`story ${story.storyId}: ${story.name}`)}" tests="${qs.length}" failures="${failures}" errors="${errors}" time="${seconds.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const props = `threadline run ${run.id}, ${run.adapterName}@${run.adapterVersion}, ${run.mode}/${run.scope}, grading ${run.grading} (whole answer), budget ${run.budget === undefined ? 'default' : (run.budget ?? 'none')}${run.label ? `, label ${run.label}` : ''}, corpus ${run.corpusHash.slice(0, 16)}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${escapeXml(props)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
