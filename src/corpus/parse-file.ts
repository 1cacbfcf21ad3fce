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

/** Bounds on what one file may hold, so no input can make the harness run out of memory. */
export interface ParseLimits {
  /** Turns (batches) per story. */
  maxTurns: number;
  /** YAML aliases expanded per document (a "billion laughs" file has millions). */
  maxAliasCount: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxTurns: 10_000, maxAliasCount: 100 };

function parseWith<T>(file: string, text: string, schema: z.ZodType<T>, limits: ParseLimits, checkSize?: (js: unknown, positions: YamlPositions) => Diagnostic | undefined): ParsedDocument<T> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const positions = new YamlPositions(file, doc, lines);
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const { line, col } = lines.linePos(error.pos[0]);
    diagnostics.push({ severity: 'error', file, line, column: col, field: '', message: error.message.split('\n')[0], rule: 'yaml' });
  }
  if (diagnostics.length > 0) return { positions, diagnostics };
  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    // The yaml library throws on an alias bomb; it is this file's error, not the whole load's.
    const message = `${(error as Error).message.split('\n')[0]} (more than ${limits.maxAliasCount} aliases expanded)`;
    return { positions, diagnostics: [{ severity: 'error', file, line: 1, column: 1, field: '', message, rule: 'yaml-aliases' }] };
  }
  const tooBig = checkSize?.(js, positions);
  if (tooBig) return { positions, diagnostics: [tooBig] };
  const result = schema.safeParse(js);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const at = positions.at(issue.path);
      diagnostics.push({ severity: 'error', ...at, field: formatPath(issue.path), message: issue.message, rule: 'schema' });
    }
    return { positions, diagnostics };
  }
  return { value: result.data, positions, diagnostics };
}

export function parseStoryFile(file: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedFile {
  const parsed = parseWith(file, text, rawStory, limits, (js, positions) => {
    const batches = (js as { batches?: unknown } | null)?.batches;
    if (!Array.isArray(batches) || batches.length <= limits.maxTurns) return undefined;
    const at = positions.at(['batches']);
    return { severity: 'error', ...at, field: 'batches', message: `${batches.length} turns, over the limit of ${limits.maxTurns} per story (--max-turns)`, rule: 'limits' };
  });
  if (!parsed.value) return { stories: [], diagnostics: parsed.diagnostics };
  const story = normalizeStory(parsed.value, { positions: parsed.positions, diagnostics: parsed.diagnostics });
  return { stories: [story], diagnostics: parsed.diagnostics };
}

export interface ParsedAnswers {
  answers?: RawExpectedAnswers;
  positions: YamlPositions;
  diagnostics: Diagnostic[];
}

export function parseExpectedAnswersFile(file: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedAnswers {
  const parsed = parseWith(file, text, rawExpectedAnswers, limits);
  return { answers: parsed.value, positions: parsed.positions, diagnostics: parsed.diagnostics };
}
