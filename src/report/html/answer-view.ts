// How the drill-down shows an answer: the part graded within the answer budget (the first B o200k
// tokens), the rest cut short with a note, and the expected keywords marked where they occur. The
// answer is adapter output: every piece of it is escaped before markup is put around it.
import o200k from 'gpt-tokenizer/encoding/o200k_base';
import { escapeHtml } from '../../text/markup.js';

const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };
/** Characters of an answer shown beyond its budgeted part. */
const BEYOND_SHOWN = 100;
/** A passed answer shows the context around its matched keywords, not all of it. */
const CONTEXT = 90;

export interface BudgetSplit {
  budgeted: string;
  beyond: string;
}

/** The first `tokens` o200k tokens of an answer, and the rest. Only a prefix is tokenised, so a huge answer costs little. */
export function splitAtBudget(answer: string, tokens: number): BudgetSplit {
  const head = answer.slice(0, tokens * 24);
  let ids = o200k.encode(head, PLAIN_TEXT);
  if (ids.length <= tokens && head.length < answer.length) ids = o200k.encode(answer, PLAIN_TEXT);
  if (ids.length <= tokens) return { budgeted: answer, beyond: '' };
  const budgeted = o200k.decode(ids.slice(0, tokens));
  return { budgeted, beyond: answer.slice(budgeted.length) };
}

/** Case-insensitive spans of each keyword (whitespace runs matched loosely), merged. */
export function keywordSpans(text: string, keywords: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const k of keywords) {
    const words = k.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
    for (const m of text.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** Escaped text with the given spans wrapped in <mark>. */
export function markSpans(text: string, spans: ReadonlyArray<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [from, to] of spans) {
    out += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    at = to;
  }
  return out + escapeHtml(text.slice(at));
}

/** Only the neighbourhood of each span, joined by " … ", for a passed answer. */
function excerpt(text: string, spans: ReadonlyArray<[number, number]>): string {
  if (spans.length === 0) return markSpans(text.slice(0, CONTEXT * 2), []) + (text.length > CONTEXT * 2 ? ' …' : '');
  const windows: Array<[number, number]> = [];
  for (const [from, to] of spans) {
    const w: [number, number] = [Math.max(0, from - CONTEXT), Math.min(text.length, to + CONTEXT)];
    const last = windows[windows.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else windows.push(w);
  }
  return windows
    .map(([a, b]) => {
      const local = spans.filter(([f, t]) => f >= a && t <= b).map(([f, t]): [number, number] => [f - a, t - a]);
      return `${a > 0 ? '… ' : ''}${markSpans(text.slice(a, b), local)}${b < text.length ? ' …' : ''}`;
    })
    .join(' ');
}

export interface AnswerView {
  html: string;
  /** Expected keywords found within the budgeted part. */
  matchedInBudget: string[];
}

/**
 * A failed answer shows its whole budgeted part and the start of the rest; a passed one the context
 * of its keywords in the budgeted part. Both say how much is not shown.
 */
export function answerView(answer: string, expected: readonly string[], tokens: number, passed: boolean): AnswerView {
  if (answer.length === 0) return { html: '<span class="empty-answer">(empty answer)</span>', matchedInBudget: [] };
  const { budgeted, beyond } = splitAtBudget(answer, tokens);
  const inBudget = keywordSpans(budgeted, expected);
  const matchedInBudget = expected.filter((k) => keywordSpans(budgeted, [k]).length > 0);
  const budgetHtml = passed && budgeted.length > CONTEXT * 4 ? excerpt(budgeted, inBudget) : markSpans(budgeted, inBudget);
  let rest = '';
  if (beyond.length > 0) {
    const shown = passed ? '' : beyond.slice(0, BEYOND_SHOWN);
    const hidden = beyond.length - shown.length;
    const beyondSpans = keywordSpans(shown, expected);
    rest = `<span class="beyond">${markSpans(shown, beyondSpans)}</span>${hidden > 0 ? `<span class="cut">[… ${hidden.toLocaleString('en-US')} more characters beyond the budget not shown]</span>` : ''}`;
  }
  return { html: `<span class="budgeted" title="graded within the first ${tokens} tokens">${budgetHtml}</span>${rest}`, matchedInBudget };
}

/** A later answer to the same question (retention, a probe): the start of its budgeted part only. */
export function shortAnswerView(answer: string, expected: readonly string[], tokens: number, chars = 200): string {
  if (answer.length === 0) return '<span class="empty-answer">(empty answer)</span>';
  const { budgeted } = splitAtBudget(answer, tokens);
  const shown = budgeted.slice(0, chars);
  const rest = answer.length - shown.length;
  return `<span class="budgeted">${markSpans(shown, keywordSpans(shown, expected))}</span>${rest > 0 ? `<span class="cut">[… ${rest.toLocaleString('en-US')} more characters not shown]</span>` : ''}`;
}
