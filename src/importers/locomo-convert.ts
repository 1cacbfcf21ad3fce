// One LOCOMO conversation -> one Threadline story: sessions in order, one batch per utterance
// (attributed to its speaker, shared photos as "[shares a photo: …]"), the QA items as final questions.
import type { Property, QuestionClass } from '../corpus/model.js';
import { keywordsFromAnswer } from './answer-keywords.js';
import { parseLocomoDateTime } from './locomo-clock.js';
import { locomoTurn, type LocomoQa, type LocomoSample, type LocomoTurn } from './locomo-schema.js';

export const CAT5_MODES = ['evidence', 'abstain', 'skip'] as const;
export type Cat5Mode = (typeof CAT5_MODES)[number];

export const CATEGORY_NAMES: Record<number, string> = {
  1: 'multi-hop',
  2: 'temporal',
  3: 'open-domain',
  4: 'single-hop',
  5: 'adversarial',
};

/** LOCOMO's own scorer passes a category-5 answer that says "not mentioned" (or "no information available"). */
export const ABSTAIN_KEYWORD = 'not mentioned';

export interface ConvertedConversation {
  story: Record<string, unknown>;
  questionsByCategory: Record<number, number>;
  /** Questions whose every keyword occurs verbatim in the conversation, by category. */
  verbatimByCategory: Record<number, number>;
  batches: number;
  unresolvedEvidence: number;
  emptySessions: number;
  problems: string[];
}

interface Session {
  number: number;
  clock?: string;
  turns: LocomoTurn[];
}

export function convertConversation(sample: LocomoSample, storyId: number, cat5: Cat5Mode): ConvertedConversation {
  const problems: string[] = [];
  const { sessions, emptySessions } = readSessions(sample, problems);
  const batches: Array<Record<string, unknown>> = [];
  const batchOfDiaId = new Map<string, number>();
  for (const session of sessions) {
    for (const turn of session.turns) {
      const batch = batches.length + 1;
      batchOfDiaId.set(normaliseDiaId(turn.dia_id) ?? turn.dia_id, batch);
      const photo = turn.blip_caption ? ` [shares a photo: ${turn.blip_caption}]` : '';
      batches.push({
        batch,
        ...(session.clock ? { time: session.clock } : {}),
        user_input: `${turn.speaker}: ${turn.text}${photo}`,
        locomo_dia_id: turn.dia_id,
      });
    }
  }
  const conversationText = batches.map((b) => collapse(String(b.user_input))).join('\u0001');
  const result: ConvertedConversation = {
    story: {},
    questionsByCategory: {},
    verbatimByCategory: {},
    batches: batches.length,
    unresolvedEvidence: 0,
    emptySessions,
    problems,
  };
  const questions: Array<Record<string, unknown>> = [];
  sample.qa.forEach((qa, index) => {
    if (qa.category === 5 && cat5 === 'skip') return;
    const expected = expectedKeywords(qa, cat5);
    if (expected.length === 0) {
      problems.push(`${sample.sample_id} qa[${index}]: no usable gold answer; skipped`);
      return;
    }
    const answerBatches = new Set<number>();
    for (const token of qa.evidence.flatMap(splitEvidence)) {
      const id = normaliseDiaId(token);
      const batch = id === undefined ? undefined : batchOfDiaId.get(id);
      if (batch === undefined) result.unresolvedEvidence += 1;
      else answerBatches.add(batch);
    }
    const sortedBatches = [...answerBatches].sort((a, b) => a - b);
    const { questionClass, properties } = classify(qa.category, sortedBatches.length);
    questions.push({
      question_id: `${storyId}_q${index + 1}`,
      question: qa.question,
      expected_contains: expected,
      ...(questionClass ? { question_class: questionClass } : {}),
      ...(properties.length > 0 ? { properties } : {}),
      ...(sortedBatches.length > 0 ? { answer_batches: sortedBatches } : {}),
      locomo_category: qa.category,
      ...(qa.answer !== undefined ? { gold_answer: qa.answer } : {}),
      ...(qa.adversarial_answer !== undefined ? { adversarial_answer: qa.adversarial_answer } : {}),
      ...(qa.category === 5 ? { locomo_cat5: cat5 } : {}),
      locomo_evidence: qa.evidence,
    });
    result.questionsByCategory[qa.category] = (result.questionsByCategory[qa.category] ?? 0) + 1;
    if (expected.every((k) => conversationText.includes(collapse(k)))) {
      result.verbatimByCategory[qa.category] = (result.verbatimByCategory[qa.category] ?? 0) + 1;
    }
  });
  const clocks = sessions.map((s) => s.clock).filter((c): c is string => Boolean(c));
  const first = clocks[0]?.slice(0, 10);
  const last = clocks.at(-1)?.slice(0, 10);
  const { speaker_a: a, speaker_b: b } = sample.conversation;
  result.story = {
    story_id: storyId,
    story_name: `LOCOMO ${sample.sample_id}: ${a} and ${b}`,
    category: 'LOCOMO',
    description: `LOCOMO conversation ${sample.sample_id} between ${a} and ${b}: ${sessions.length} sessions${first && last ? ` from ${first} to ${last}` : ''}, ${batches.length} utterances, ${sample.qa.length} QA items.`,
    ...(first && last ? { duration_simulated: `${daysBetween(first, last) + 1} days`, start_date: first } : {}),
    total_batches: batches.length,
    locomo_sample_id: sample.sample_id,
    batches,
    questions,
  };
  return result;
}

function readSessions(sample: LocomoSample, problems: string[]): { sessions: Session[]; emptySessions: number } {
  const conversation = sample.conversation as Record<string, unknown>;
  const numbers = Object.keys(conversation)
    .map((key) => /^session_(\d+)$/.exec(key))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((x, y) => x - y);
  const sessions: Session[] = [];
  let emptySessions = 0;
  for (const number of numbers) {
    const raw = conversation[`session_${number}`];
    if (!Array.isArray(raw)) {
      problems.push(`${sample.sample_id} session_${number}: not a list of turns`);
      continue;
    }
    if (raw.length === 0) {
      emptySessions += 1;
      continue;
    }
    const stamp = conversation[`session_${number}_date_time`];
    const clock = typeof stamp === 'string' ? parseLocomoDateTime(stamp) : undefined;
    if (!clock) problems.push(`${sample.sample_id} session_${number}_date_time: cannot read "${String(stamp)}"; its batches have no time`);
    const turns: LocomoTurn[] = [];
    raw.forEach((item, i) => {
      const parsed = locomoTurn.safeParse(item);
      if (parsed.success) turns.push(parsed.data);
      else
        problems.push(
          `${sample.sample_id} session_${number}[${i}]: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}; skipped`,
        );
    });
    sessions.push({ number, clock, turns });
  }
  return { sessions, emptySessions };
}

function expectedKeywords(qa: LocomoQa, cat5: Cat5Mode): string[] {
  if (qa.category !== 5) return qa.answer === undefined ? [] : keywordsFromAnswer(qa.answer, { category: qa.category });
  if (cat5 === 'abstain') return [ABSTAIN_KEYWORD];
  const source = qa.adversarial_answer ?? qa.answer;
  return source === undefined ? [] : keywordsFromAnswer(source, { category: 5 });
}

function classify(category: number, answerBatches: number): { questionClass?: QuestionClass; properties: Property[] } {
  if (category === 2) return { questionClass: 'temporal', properties: ['P3'] };
  if (category === 4) return { questionClass: 'factual', properties: [] };
  if (category === 1)
    return answerBatches >= 2 ? { questionClass: 'situation', properties: ['P5'] } : { questionClass: 'factual', properties: [] };
  return { properties: [] };
}

/** Evidence is mostly "D1:3"; a few entries are "D8:6; D9:17", "D9:1 D4:4", "D:11:26" or just "D". */
function splitEvidence(ref: string): string[] {
  return ref.split(/[;,\s]+/).filter((token) => token.length > 0);
}

function normaliseDiaId(ref: string): string | undefined {
  const match = /^D:?(\d+):(\d+)$/.exec(ref.trim());
  return match ? `D${Number(match[1])}:${Number(match[2])}` : undefined;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
