// A lint rule looks at one loaded story (with the whole corpus for context) and reports findings.
import type { Diagnostic, Severity } from '../corpus/diagnostics.js';
import type { Corpus, SourcePosition, Story } from '../corpus/model.js';

export interface LintContext {
  corpus: Corpus;
  report(severity: Severity, at: SourcePosition, field: string, message: string): void;
}

export interface LintRule {
  name: string;
  description: string;
  check(story: Story, ctx: LintContext): void;
}

export function collect(rule: LintRule, corpus: Corpus): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const story of corpus.stories) {
    rule.check(story, {
      corpus,
      report: (severity, at, field, message) =>
        found.push({ severity, file: at.file, line: at.line, column: at.column, field, message, rule: rule.name }),
    });
  }
  return found;
}
