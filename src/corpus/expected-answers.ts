// Merges an ATANT `expected_answers.json` into the stories loaded from the YAML files beside it.
// The YAML is authoritative: its questions win; the JSON fills in stories that have none, and a
// story that exists only in the JSON is played from its `facts`, one turn per fact.
import type { Diagnostic } from './diagnostics.js';
import type { Story } from './model.js';
import { normalizeStory } from './normalize.js';
import type { ParsedAnswers } from './parse-file.js';
import { rawStory } from './schema.js';

export function mergeExpectedAnswers(file: string, parsed: ParsedAnswers, stories: Story[], diagnostics: Diagnostic[]): Story[] {
  const added: Story[] = [];
  const byId = new Map(stories.map((s) => [s.id, s]));
  parsed.answers?.stories.forEach((entry, index) => {
    const base: PropertyKey[] = ['stories', index];
    const positions = { at: (path: ReadonlyArray<PropertyKey>) => parsed.positions.at([...base, ...path]) };
    const id = String(entry.story_id);
    const candidate = rawStory.safeParse({
      story_id: entry.story_id,
      story_name: entry.story_name ?? `Story ${id}`,
      category: entry.category ?? 'Uncategorised',
      batches: (entry.facts ?? []).map((fact, i) => ({ batch: i + 1, user_input: fact })),
      questions: entry.questions,
    });
    const existing = byId.get(id);
    if (existing) {
      if (existing.questions.length > 0) {
        const known = new Set(existing.questions.map((q) => q.text.trim().toLowerCase()));
        const missing = entry.questions.filter((q) => !known.has(q.question.trim().toLowerCase()));
        if (missing.length > 0) {
          diagnostics.push(finding(file, positions.at(['questions']), `story ${id}: ${missing.length} question(s) differ from the YAML story's; the YAML is used`, 'warning'));
        }
        return;
      }
      const merged = candidate.success ? normalizeStory({ ...candidate.data, batches: [{ batch: 1, user_input: '-' }] }, { positions, diagnostics }) : undefined;
      existing.questions = merged?.questions ?? [];
      return;
    }
    if (!candidate.success) {
      diagnostics.push(finding(file, positions.at([]), `story ${id} exists only in ${file} and has no facts to play as turns`, 'error'));
      return;
    }
    diagnostics.push(finding(file, positions.at([]), `story ${id} exists only in ${file}: its ${entry.facts?.length ?? 0} facts are played as turns`, 'warning'));
    added.push(normalizeStory(candidate.data, { positions, diagnostics }));
  });
  return added;
}

function finding(file: string, at: { line: number; column: number }, message: string, severity: Diagnostic['severity']): Diagnostic {
  return { severity, file, line: at.line, column: at.column, field: '', message, rule: 'expected-answers' };
}
