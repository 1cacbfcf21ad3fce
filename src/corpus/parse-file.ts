// Parses one story file (YAML) or one expected_answers.json into stories, collecting every problem.
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { formatPath, type Diagnostic } from './diagnostics.js';
import type { Story } from './model.js';
import { normalizeStory } from './normalize.js';
import { YamlPositions } from './positions.js';
import { rawExpectedAnswers, rawStory, type RawExpectedAnswers } from './schema.js';

export interface ParsedFile {
  stories: Story[];
  diagnostics: Diagnostic[];
}

interface ParsedDocument<T> {
  value?: T;
  positions: YamlPositions;
  diagnostics: Diagnostic[];
}

function parseWith<T>(file: string, text: string, schema: z.ZodType<T>): ParsedDocument<T> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const positions = new YamlPositions(file, doc, lines);
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const { line, col } = lines.linePos(error.pos[0]);
    diagnostics.push({ severity: 'error', file, line, column: col, field: '', message: error.message.split('\n')[0], rule: 'yaml' });
  }
  if (diagnostics.length > 0) return { positions, diagnostics };
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const at = positions.at(issue.path);
      diagnostics.push({ severity: 'error', ...at, field: formatPath(issue.path), message: issue.message, rule: 'schema' });
    }
    return { positions, diagnostics };
  }
  return { value: result.data, positions, diagnostics };
}

export function parseStoryFile(file: string, text: string): ParsedFile {
  const parsed = parseWith(file, text, rawStory);
  if (!parsed.value) return { stories: [], diagnostics: parsed.diagnostics };
  const story = normalizeStory(parsed.value, { positions: parsed.positions, diagnostics: parsed.diagnostics });
  return { stories: [story], diagnostics: parsed.diagnostics };
}

export interface ParsedAnswers {
  answers?: RawExpectedAnswers;
  positions: YamlPositions;
  diagnostics: Diagnostic[];
}

export function parseExpectedAnswersFile(file: string, text: string): ParsedAnswers {
  const parsed = parseWith(file, text, rawExpectedAnswers);
  return { answers: parsed.value, positions: parsed.positions, diagnostics: parsed.diagnostics };
}
