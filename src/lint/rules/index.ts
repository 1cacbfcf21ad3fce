// Every lint rule, in reporting order.
import type { LintRule } from '../rule.js';
import { annotationRule } from './annotations.js';
import { answerableRule } from './answerable.js';
import { designRule, shouldRule } from './design.js';
import { genericRule } from './generic.js';
import { gkTrapRule } from './gk-traps.js';
import { guessableRule } from './guessable.js';
import { looseNumberRule } from './loose-number.js';
import { unplannedCollisionRule } from './unplanned-collision.js';
import { mustNotContainRule } from './must-not-contain.js';
import { unknownKeyRule } from './unknown-keys.js';
import { ambiguousAtEndRule } from './ambiguous-at-end.js';

export const LINT_RULES: readonly LintRule[] = [
  answerableRule,
  mustNotContainRule,
  gkTrapRule,
  annotationRule,
  designRule,
  shouldRule,
  guessableRule,
  genericRule,
  looseNumberRule,
  unplannedCollisionRule,
  unknownKeyRule,
  ambiguousAtEndRule,
];
