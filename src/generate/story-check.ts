// Checks a generated story against every rule of the story-writing brief, returning each broken
// rule as a message. The generator redraws a story that fails; tests run it on samples.
import type { GeneratedBatch, GeneratedStory } from './story-types.js';

const has = (text: string, value: string) => text.toLowerCase().includes(value.toLowerCase());
const overlaps = (a: string, b: string) => has(a, b) || has(b, a);

export function checkStory(story: GeneratedStory): string[] {
  const issues: string[] = [];
  const { batches, questions } = story;
  const inputs = batches.map((b) => b.user_input);
  const saidBefore = (value: string, batchIndex: number) => inputs.slice(0, batchIndex).some((t) => has(t, value));
  const saidAnywhere = (value: string) => inputs.some((t) => has(t, value));
  const quiet = batches.filter((b) => b.input_class === 'noise' || b.input_class === 'general_knowledge');

  if (batches.length < 7 || batches.length > 12) issues.push(`${batches.length} batches (need 7–12)`);
  if (story.total_batches !== batches.length) issues.push('total_batches does not match');
  batches.forEach((b, i) => b.batch !== i + 1 && issues.push(`batch ${i + 1} is numbered ${b.batch}`));
  const times = batches.map((b) => b.time);
  if (new Set(times.map((t) => t.slice(0, 10))).size < 2) issues.push('batches span fewer than 2 days');
  times.forEach((t, i) => i > 0 && t <= times[i - 1] && issues.push(`batch ${i + 1} is not later than batch ${i}`));
  if (batches.filter((b) => (b.expected_stores?.length ?? 0) >= 2).length < 2) issues.push('fewer than 2 multi-fact batches');

  batches.forEach((b) => issues.push(...checkBatch(b, saidBefore)));
  if (!batches.some((b) => b.temporal?.some((t) => t.relative))) issues.push('no relative temporal expression');
  if (!batches.some((b) => b.phenomena?.includes('negation'))) issues.push('no negation');
  if (!batches.some((b) => b.phenomena?.includes('coreference'))) issues.push('no coreference');
  if (!batches.some((b) => b.expected_adaptation)) issues.push('no emotional signal');

  const traps = batches.filter((b) => b.input_class === 'general_knowledge');
  if (traps.length < 1 || traps.length > 2) issues.push(`${traps.length} general-knowledge traps (need 1 or 2)`);
  const personal = new Set([
    ...batches.flatMap((b) => b.expected_stores ?? []),
    ...questions.flatMap((q) => [...q.expected_contains, ...(q.must_not_contain ?? [])]),
  ]);
  for (const trap of traps) {
    for (const value of personal) if (has(trap.user_input, value)) issues.push(`trap names the personal value "${value}"`);
  }

  if (questions.length < 3) issues.push(`${questions.length} final questions (need 3 or more)`);
  if (new Set(questions.map((q) => q.question_id)).size !== questions.length) issues.push('duplicate question ids');
  const anchors = storyNames(batches);
  for (const q of questions) {
    // At the end of a cumulative run with no tenant id, a final question that names nothing of its
    // own story could belong to any story of its domain: no memory layer could know which.
    const asked = [...q.expected_contains, ...(q.must_not_contain ?? [])];
    if (!anchors.some((a) => has(q.question, a) && !asked.some((k) => overlaps(k, a))))
      issues.push(`${q.question_id}: names no person or organisation of its story that it does not ask for`);
    for (const k of q.expected_contains) {
      if (has(q.question, k)) issues.push(`${q.question_id}: names its own answer "${k}"`);
      if (!saidAnywhere(k)) issues.push(`${q.question_id}: "${k}" never said`);
      if (!q.answer_batches.some((n) => has(inputs[n - 1] ?? '', k))) issues.push(`${q.question_id}: "${k}" not in its answer batches`);
      for (const b of quiet)
        if (has(b.user_input, k)) issues.push(`${q.question_id}: "${k}" also appears in batch ${b.batch} (${b.input_class})`);
    }
    for (const m of q.must_not_contain ?? []) {
      if (!saidAnywhere(m)) issues.push(`${q.question_id}: must_not "${m}" never said`);
      if (q.expected_contains.some((k) => overlaps(k, m))) issues.push(`${q.question_id}: must_not "${m}" overlaps an expected keyword`);
    }
  }
  const updateQuestion = questions.some((q) => q.must_not_contain?.length && q.properties.includes('P2'));
  if (!batches.some((b) => b.input_class === 'update' && b.updates?.length) || !updateQuestion)
    issues.push('no update with a must_not question');
  const situation = questions.filter((q) => q.question_class === 'situation');
  if (!situation.some((q) => q.answer_batches.length >= 2 && q.expected_contains.length >= 2))
    issues.push('no situation question over 2+ batches');
  if (!questions.some((q) => q.question_class === 'temporal')) issues.push('no temporal question');
  return issues;
}

/** The people (full names and each part of them) and organisations the story stores. */
function storyNames(batches: GeneratedBatch[]): string[] {
  const names = new Set<string>();
  for (const b of batches) {
    for (const [value, type] of Object.entries(b.store_types ?? {})) {
      if (type === 'ORGANIZATION') names.add(value);
      if (type !== 'PERSON') continue;
      names.add(value);
      for (const part of value.split(' ')) names.add(part);
    }
  }
  return [...names];
}

function checkBatch(b: GeneratedBatch, saidBefore: (value: string, batchIndex: number) => boolean): string[] {
  const issues: string[] = [];
  const at = `batch ${b.batch}`;
  const stores = b.expected_stores ?? [];
  if ((b.input_class === 'statement' || b.input_class === 'update') && stores.length === 0) issues.push(`${at}: no stores`);
  for (const s of stores) if (!has(b.user_input, s)) issues.push(`${at}: store "${s}" not in its input`);
  const typedKeys = Object.keys(b.store_types ?? {});
  if (typedKeys.length !== stores.length || !stores.every((s) => typedKeys.includes(s)))
    issues.push(`${at}: store_types do not match stores`);
  for (const t of b.temporal ?? []) {
    if (!has(b.user_input, t.text)) issues.push(`${at}: temporal "${t.text}" not in its input`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(t.resolved)) issues.push(`${at}: temporal "${t.text}" resolved to "${t.resolved}"`);
  }
  for (const u of b.updates ?? []) {
    if (!saidBefore(u.from, b.batch - 1)) issues.push(`${at}: update from "${u.from}" not said earlier`);
    if (!has(b.user_input, u.to)) issues.push(`${at}: update to "${u.to}" not in its input`);
  }
  if (b.verification?.type === 'retrieval') {
    for (const k of b.verification.expected_response_contains) {
      if (!saidBefore(k, b.batch - 1)) issues.push(`${at}: mid-trajectory question keyword "${k}" not said earlier`);
      if (has(b.user_input, k)) issues.push(`${at}: mid-trajectory question names its own answer "${k}"`);
    }
  }
  const sentences = b.user_input.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim().length > 0).length;
  if (sentences > 5) issues.push(`${at}: ${sentences} sentences (keep it to 1–5)`);
  return issues;
}
