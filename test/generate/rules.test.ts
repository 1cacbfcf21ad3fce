// Every generated story must meet the story-writing rules. These checks re-read the written YAML
// and recompute what they can (dates above all) independently of the generator's own checker.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/generate/driver.js';
import { Pools } from '../../src/generate/pools.js';
import { checkStory } from '../../src/generate/story-check.js';
import { generateStory } from '../../src/generate/story.js';
import type { GeneratedStory } from '../../src/generate/story-types.js';
import { readStories, tempDir } from './helpers.js';

const SAMPLE = 200;
const DOMAINS = ['Career', 'Relationships', 'Health', 'Learning', 'Daily Life', 'Life Events'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

const has = (text: string, value: string) => text.toLowerCase().includes(value.toLowerCase());
const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const shift = (iso: string, days: number) => new Date(utc(iso) + days * 86_400_000).toISOString().slice(0, 10);

/** What a temporal phrase means on a given day, worked out here rather than trusted from the generator. */
function resolve(text: string, today: string): string | undefined {
  const relative: Record<string, number> = { today: 0, tomorrow: 1, 'the day after tomorrow': 2, yesterday: -1, 'in a week': 7 };
  if (text in relative) return shift(today, relative[text]);
  const inDays = /^in (\w+) days$/.exec(text);
  if (inDays) return shift(today, NUMBER_WORDS[inDays[1]]);
  const ago = /^(\w+) days ago$/.exec(text);
  if (ago) return shift(today, -NUMBER_WORDS[ago[1]]);
  const absolute = /^([A-Z][a-z]+) (\d{1,2})(?:st|nd|rd|th)?$/.exec(text);
  if (absolute) {
    for (let d = 0; d <= 366; d++) {
      const day = shift(today, d);
      if (MONTHS[Number(day.slice(5, 7)) - 1] === absolute[1] && Number(day.slice(8, 10)) === Number(absolute[2])) return day;
    }
  }
  return undefined;
}

let stories: Array<{ file: string; story: GeneratedStory }> = [];
let cleanup: () => Promise<void> = async () => {};

beforeAll(async () => {
  const tmp = await tempDir('rules');
  cleanup = tmp.cleanup;
  const outDir = path.join(tmp.dir, 'corpus');
  await generateCorpus({ stories: SAMPLE, seed: 2024, collision: 'high', outDir });
  stories = await readStories(outDir);
});
afterAll(() => cleanup());

describe(`a sample of ${SAMPLE} generated stories (collision high)`, () => {
  it('has ids 1..N, unique question ids and all six domains', () => {
    expect(stories.map((s) => s.story.story_id)).toEqual(Array.from({ length: SAMPLE }, (_, i) => i + 1));
    const ids = stories.flatMap((s) => s.story.questions.map((q) => q.question_id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(stories.map((s) => s.story.category))).toEqual(new Set(DOMAINS));
    for (const { file, story } of stories) {
      expect(file).toMatch(new RegExp(`^0000/${String(story.story_id).padStart(6, '0')}_[a-z0-9-]+\\.yaml$`));
      expect(story.start_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('meets the structure rules: batches, days, multi-fact batches, questions', () => {
    for (const { story } of stories) {
      const { batches, questions } = story;
      expect(story.total_batches).toBe(batches.length);
      expect(batches.length).toBeGreaterThanOrEqual(7);
      expect(new Set(batches.map((b) => b.time.slice(0, 10))).size).toBeGreaterThanOrEqual(2);
      expect(batches.filter((b) => (b.expected_stores?.length ?? 0) >= 2).length).toBeGreaterThanOrEqual(2);
      expect(questions.length).toBeGreaterThanOrEqual(5);
      expect(questions.length).toBeLessThanOrEqual(6);
      const situation = questions.find((q) => q.question_class === 'situation');
      expect(situation?.answer_batches.length).toBeGreaterThanOrEqual(2);
      expect(situation?.expected_contains.length).toBeGreaterThanOrEqual(2);
      expect(questions.some((q) => q.question_class === 'temporal')).toBe(true);
      for (const b of batches) {
        if (b.input_class === 'statement' || b.input_class === 'update') {
          expect(Object.keys(b.store_types ?? {}).sort()).toEqual([...(b.expected_stores ?? [])].sort());
        }
      }
    }
  });

  it('has every keyword verbatim in a user input (in an earlier one for mid-trajectory questions)', () => {
    for (const { story } of stories) {
      const inputs = story.batches.map((b) => b.user_input);
      for (const b of story.batches)
        for (const s of b.expected_stores ?? []) expect(has(b.user_input, s), `${story.story_id} store ${s}`).toBe(true);
      for (const q of story.questions) {
        for (const k of q.expected_contains) {
          expect(
            inputs.some((t) => has(t, k)),
            `${q.question_id} ${k}`,
          ).toBe(true);
          expect(
            q.answer_batches.some((n) => has(inputs[n - 1], k)),
            `${q.question_id} ${k} in answer batches`,
          ).toBe(true);
        }
      }
      for (const b of story.batches) {
        if (b.verification?.type !== 'retrieval') continue;
        for (const k of b.verification.expected_response_contains) expect(inputs.slice(0, b.batch - 1).some((t) => has(t, k))).toBe(true);
      }
    }
  });

  it('has an update with a must_not_contain question that collides with no expected keyword', () => {
    for (const { story } of stories) {
      const update = story.batches.find((b) => b.input_class === 'update');
      expect(update?.updates).toHaveLength(1);
      expect(update?.phenomena).toContain('negation');
      const { from, to } = update!.updates![0];
      expect(story.batches.slice(0, update!.batch - 1).some((b) => has(b.user_input, from))).toBe(true);
      expect(has(update!.user_input, to)).toBe(true);
      const q = story.questions.find((x) => x.must_not_contain?.length);
      expect(q?.properties).toContain('P2');
      expect(q?.must_not_contain).toEqual([from]);
      expect(q?.expected_contains).toEqual([to]);
      for (const m of q!.must_not_contain!) {
        for (const k of q!.expected_contains) expect(has(m, k) || has(k, m)).toBe(false);
      }
    }
  });

  it('names, in every final question, a person or organisation of its own story that the question does not ask for', () => {
    for (const { story } of stories) {
      const typed = story.batches.flatMap((b) => Object.entries(b.store_types ?? {}));
      const people = typed.filter(([, t]) => t === 'PERSON').flatMap(([v]) => [v, ...v.split(' ')]);
      const names = [...people, ...typed.filter(([, t]) => t === 'ORGANIZATION').map(([v]) => v)];
      for (const q of story.questions) {
        for (const k of q.expected_contains) expect(has(q.question, k), `${q.question_id} names its answer ${k}`).toBe(false);
        const asked = [...q.expected_contains, ...(q.must_not_contain ?? [])];
        const cue = names.find((n) => has(q.question, n) && !asked.some((k) => has(k, n) || has(n, k)));
        expect(cue, `${q.question_id}: "${q.question}"`).toBeDefined();
      }
    }
  });

  it('resolves every temporal expression to the right date and direction from the story clock', () => {
    let relative = 0;
    for (const { story } of stories) {
      for (const b of story.batches) {
        const today = b.time.slice(0, 10);
        for (const t of b.temporal ?? []) {
          expect(has(b.user_input, t.text)).toBe(true);
          expect(t.resolved, `${story.story_id} batch ${b.batch} "${t.text}"`).toBe(resolve(t.text, today));
          const direction = t.resolved > today ? 'future' : t.resolved < today ? 'past' : 'present';
          expect(t.direction).toBe(direction);
          if (t.relative) relative += 1;
        }
      }
      expect(story.batches.some((b) => b.temporal?.some((t) => t.relative))).toBe(true);
      expect(story.batches.every((b, i) => i === 0 || b.time > story.batches[i - 1].time)).toBe(true);
    }
    expect(relative).toBeGreaterThanOrEqual(2 * SAMPLE);
  });

  it('has coreference, emotion, and one or two distinct general-knowledge traps with no personal keyword', () => {
    for (const { story } of stories) {
      expect(story.batches.some((b) => b.phenomena?.includes('coreference'))).toBe(true);
      expect(story.batches.some((b) => b.expected_adaptation?.emotion_detected)).toBe(true);
      // ATANT's convention: any disclosed feeling, relief and gratitude included, calls for more warmth.
      for (const b of story.batches.filter((b) => b.expected_adaptation?.emotion_detected)) {
        expect(b.expected_adaptation?.warmth_direction, `${story.story_id} batch ${b.batch}`).toBe('increase');
      }
      const feeling = story.questions.find((q) => q.question_class === 'emotional');
      if (feeling) expect(story.batches[feeling.answer_batches[0] - 1].user_input.toLowerCase()).toContain(feeling.expected_contains[0]);
      const traps = story.batches.filter((b) => b.input_class === 'general_knowledge');
      expect(traps.length).toBeGreaterThanOrEqual(1);
      expect(traps.length).toBeLessThanOrEqual(2);
      expect(new Set(traps.map((t) => t.user_input)).size).toBe(traps.length);
      const personal = [...story.batches.flatMap((b) => b.expected_stores ?? []), ...story.questions.flatMap((q) => q.expected_contains)];
      for (const trap of traps) {
        expect(trap.verification).toEqual({ type: 'intent_routing', expected_intent: 'GENERAL_KNOWLEDGE' });
        expect(trap.expected_stores).toBeUndefined();
        for (const value of personal) expect(has(trap.user_input, value), `${story.story_id} trap names ${value}`).toBe(false);
      }
    }
  });

  it('varies phrasing: many distinct openings and at least one typo or run-on in the sample', () => {
    const openings = new Set(stories.map(({ story }) => story.batches[0].user_input.split(' ').slice(0, 3).join(' ')));
    expect(openings.size).toBeGreaterThan(40);
    const phenomena = new Set(stories.flatMap(({ story }) => story.batches.flatMap((b) => b.phenomena ?? [])));
    for (const p of ['negation', 'coreference', 'digression', 'typo', 'run_on']) expect(phenomena).toContain(p);
  });
});

describe("the generator's own rule check", () => {
  it('passes 1,000 stories at each collision level', () => {
    for (const level of ['low', 'medium', 'high'] as const) {
      const pools = new Pools(level);
      for (let id = 1; id <= 1000; id++) expect(checkStory(generateStory(id, 99, pools))).toEqual([]);
    }
  });

  it('rejects a final question that names nothing of its own story', () => {
    const story = generateStory(7, 99, new Pools('low'));
    const q = story.questions.find((x) => x.question_class === 'temporal')!;
    const unanchored = { ...story, questions: story.questions.map((x) => (x === q ? { ...x, question: 'When was it?' } : x)) };
    expect(checkStory(unanchored)).toEqual([`${q.question_id}: names no person or organisation of its story that it does not ask for`]);
  });
});
