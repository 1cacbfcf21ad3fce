// CP4 type tagging (write path). For every (batch, value) in a batch's `store_types`, some fact the
// adapter reported for that batch whose text contains the value (strict CP8 fold) must carry the
// expected semantic type in facts[].types. Types compare case-insensitively through a synonym
// table (LOCATION/GPE = PLACE, ORG = ORGANIZATION…); DATE and TIME count as one type, since the
// ATANT list says TIME where Threadline's annotations say DATE; an expected OTHER accepts OTHER,
// MISC or any label outside the known types (e.g. ANIMAL).
import { type SemanticType, type Turn } from '../src/corpus/model.js';
import type { Checkpoint, CheckpointFinding, CheckpointInput } from './checkpoint.js';
import { readTurnDiagnostics } from './shared/diagnostics.js';
import { lookupTurn, storyNotApplicable, turnFinding, valueItem } from './shared/records.js';
import { canonicalLabel, containsText, quote, quoteList } from './shared/text.js';

export const TYPE_SYNONYMS: Readonly<Record<SemanticType, readonly string[]>> = {
  PERSON: ['PER', 'PEOPLE', 'HUMAN', 'NAME'],
  PLACE: ['LOCATION', 'LOC', 'GPE', 'FAC', 'FACILITY'],
  ORGANIZATION: ['ORGANISATION', 'ORG', 'COMPANY', 'INSTITUTION'],
  TIME: ['DATETIME'],
  DATE: [],
  EMOTION: ['FEELING', 'SENTIMENT'],
  EVENT: [],
  OBJECT: ['ITEM', 'THING', 'PRODUCT'],
  QUANTITY: ['NUMBER', 'CARDINAL', 'AMOUNT'],
  MONEY: ['CURRENCY', 'PRICE', 'COST'],
  ACTIVITY: ['ACTION', 'HOBBY'],
  CONDITION: ['HEALTH', 'ILLNESS', 'MEDICAL', 'DIAGNOSIS'],
  ROLE: ['TITLE', 'JOB', 'JOB_TITLE', 'OCCUPATION'],
  OTHER: ['MISC', 'MISCELLANEOUS'],
};

const TEMPORAL_TYPES = new Set<SemanticType>(['DATE', 'TIME']);

export function typeMatches(expected: SemanticType, reported: string): boolean {
  const canonical = canonicalLabel(reported, TYPE_SYNONYMS);
  if (canonical === expected) return true;
  if (canonical && TEMPORAL_TYPES.has(canonical) && TEMPORAL_TYPES.has(expected)) return true;
  return expected === 'OTHER' && canonical === undefined;
}

function exposesTypes(input: CheckpointInput): boolean {
  return input.turns.some((r) => (readTurnDiagnostics(r.diagnostics).facts ?? []).some((f) => f.types !== undefined));
}

function judge(input: CheckpointInput, turn: Turn, value: string, expected: SemanticType, exposed: boolean): CheckpointFinding {
  const item = valueItem(turn, value);
  const found = lookupTurn(input, turn);
  if (!found.ok) return turnFinding('CP4', turn, 'fail', found.reason, item);
  const facts = found.diagnostics.facts ?? [];
  if (facts.length === 0 || !exposed) {
    const what = facts.length === 0 ? `no stored facts for batch ${turn.batch}` : 'no facts[].types';
    return turnFinding(
      'CP4',
      turn,
      'not-reported',
      `expected ${quote(value)} tagged ${expected}, but the adapter reported ${what}; return typed facts to be scored on CP4`,
      item,
    );
  }
  const holding = facts.filter((f) => containsText(f.text, value));
  if (holding.length === 0) {
    return turnFinding(
      'CP4',
      turn,
      'fail',
      `no fact the adapter stored for batch ${turn.batch} contains ${quote(value)}, so it carries no ${expected} tag (see CP2)`,
      item,
    );
  }
  const types = holding.flatMap((f) => f.types ?? []);
  if (types.some((t) => typeMatches(expected, t))) return turnFinding('CP4', turn, 'pass', `${quote(value)} is tagged ${expected}`, item);
  const got = types.length > 0 ? `it is tagged ${quoteList(types)}` : 'the facts holding it carry no types';
  return turnFinding('CP4', turn, 'fail', `expected ${quote(value)} tagged ${expected}, but ${got}`, item);
}

export const typeTagging: Checkpoint = {
  id: 'CP4',
  name: 'type tagging',
  path: 'write',
  evaluate(input) {
    const typed = input.story.turns.flatMap((turn) => Object.entries(turn.storeTypes).map(([value, type]) => ({ turn, value, type })));
    if (typed.length === 0) return storyNotApplicable('CP4', 'no batch has store_types annotations');
    const exposed = exposesTypes(input);
    return typed.map(({ turn, value, type }) => judge(input, turn, value, type, exposed));
  },
};

export default typeTagging;
