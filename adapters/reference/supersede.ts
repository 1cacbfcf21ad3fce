// Updates: a fact from an utterance that changes something told earlier replaces the value of the
// earlier fact it is about (the one sharing the most weighted words with it, in the same narrative).
// The old fact stays in memory as history, marked with what replaced it.
import type { Fact } from './fact.js';
import type { Memory } from './memory.js';
import { dateShape, sameDateShape } from './date-shapes.js';
import { droppedTerms } from './dropped.js';
import { hasUpdateCue, updateCues } from './classify-input.js';
import { isGroupTerm, termsOf } from './terms.js';
import { sensesOf } from './wordnet.js';
import { weightsWithin, type Weights } from './narrative-weights.js';

// OTHER is what no typer recognised: a word of a name or a date as often as a value.
const REPLACEABLE = new Set(['DATE', 'TIME', 'PLACE', 'ORGANIZATION', 'MONEY', 'QUANTITY', 'PERSON', 'OBJECT', 'EVENT']);
const MIN_OVERLAP = 1.5;
/** Share of MIN_OVERLAP enough for a fact whose value the update replaces. */
const LOOSE_SHARE = 0.4;

/**
 * Weighted words an update shares with an earlier fact, its change cue aside ("doing beans instead"
 * is not about every fact saying "instead"). `literal`: only when a word is shared as written, not
 * only its kind ("supervisor" and "manager" are both people in charge, not the same thing told).
 */
function overlap(weights: Weights, a: Fact, b: Fact, cue: ReadonlySet<string>, literal = false): number {
  const theirs = new Set(b.terms);
  const shared = a.terms.filter((t) => theirs.has(t) && !cue.has(t));
  if (literal && shared.every(isGroupTerm)) return 0;
  return shared.reduce((sum, t) => sum + weights.idf(t) * (isGroupTerm(t) ? 0.5 : 1), 0);
}

/** The words of an update's change cues; of "new manager" only "new", as the manager is what changed. */
function cueTerms(text: string): Set<string> {
  return new Set(
    termsOf(
      updateCues(text)
        .map((cue) => (/^new\s/i.test(cue) ? 'new' : cue))
        .join(' '),
    ),
  );
}

/** The latest earlier fact holding every word of what the update says is off. */
function toldDropped(before: readonly Fact[], update: Fact): Fact | undefined {
  const dropped = droppedTerms(update.text);
  if (dropped.length === 0) return undefined;
  return before.filter((f) => dropped.every((t) => f.terms.includes(t))).pop();
}

/** `valueOnly`: the sentence replaces the earlier fact only when it gives a new value of a kind that fact held. */
export function supersedeEarlier(memory: Memory, update: Fact, valueOnly = false): void {
  // A fact another sentence of this update already gave a new value keeps that replacement.
  const before = memory
    .factsOf(update.tenant)
    .filter((f) => f.narrative === update.narrative && f.turn < update.turn && !f.noise && !replacedThisTurn(memory, f, update));
  const dropped = toldDropped(before, update);
  const cue = cueTerms(update.text);
  // Words weigh as they do within the narrative, so what an update replaces does not hang on how
  // many other stories the store holds.
  const weights = weightsWithin(memory.factsIn(update.narrative), update.terms);
  // "it's not June 24 anymore": the fact holding a value the update says is off.
  const said = update.text.toLowerCase();
  const namedOff = [...before]
    .reverse()
    .find((f) => f.slots.some((s) => /\d|\p{Lu}/u.test(s.value) && negated(said, s.value, DROPPING_CUES)));
  const scored = before
    .map((f) => ({ fact: f, score: overlap(weights, update, f, cue, valueOnly) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || b.fact.id - a.fact.id);
  const close = scored.filter((c) => c.score >= MIN_OVERLAP).map((c) => c.fact);
  // A fact sharing only common words ("first day is January 12") is still the one replaced when it
  // alone holds a value the update gives anew ("her first day got pushed to January 20").
  const loose = scored.filter((c) => c.score >= MIN_OVERLAP * LOOSE_SHARE && c.score < MIN_OVERLAP).map((c) => c.fact);
  const candidates = dropped ? [dropped] : namedOff ? [namedOff] : [...close, ...loose];
  // The fact the update gives a new value for, among those it is about ("swapped my night from
  // Wednesday to Thursday" replaces the schedule, not the fact that named the same person); the
  // closest one when it replaces no value of any.
  const toldNames = new Set(before.flatMap((f) => f.slots.filter((s) => NAMED.has(s.type)).map((s) => s.value.toLowerCase())));
  const found = candidates.map((fact) => ({ fact, replaced: replacedValues(update, fact, valueOnly, toldNames) }));
  const nearest = dropped ?? namedOff ?? close[0];
  // One whose old date or number the update says again ("first day is January 12" for "pushed to
  // January 20") before one it shares a name with.
  const chosen =
    found.find((c) => !valueOnly && c.replaced.some((r) => /\d/.test(r.from) && mentions(said, r.from))) ??
    // Then one whose number the update gives anew in the same unit ("5mg" for "upping me to 10mg").
    found.find((c) => c.replaced.some((r) => unitOf(r.from) !== '' && unitOf(r.from) === unitOf(r.to))) ??
    found.find((c) => c.replaced.some((r) => r.type !== 'OBJECT' && r.type !== 'EVENT')) ??
    found.find((c) => c.replaced.length > 0) ??
    (valueOnly || !nearest ? undefined : { fact: nearest, replaced: [] });
  if (!chosen) return;
  chosen.fact.supersededBy = update.id;
  chosen.fact.supersededLoosely = chosen.replaced.length === 0 && !dropped && !namedOff;
  chosen.fact.replaced.push(...chosen.replaced);
  // "found a studio in Platt Park, $1,300": a sentence giving new values of several kinds replaces
  // each in the fact that told it, a sum in one fact and a place in another.
  const kinds = new Set(chosen.replaced.map((r) => r.type));
  for (const other of found) {
    if (other === chosen || other.fact.supersededBy !== undefined) continue;
    const fresh = other.replaced.filter((r) => TYPED_KINDS.has(r.type) && !kinds.has(r.type));
    if (fresh.length === 0) continue;
    other.fact.supersededBy = update.id;
    other.fact.supersededLoosely = false;
    other.fact.replaced.push(...fresh);
    for (const r of fresh) kinds.add(r.type);
  }
}

/** Kinds of value a sentence can give anew for more than one earlier fact: not people, often named in passing, nor times and dates, which many facts hold. */
const TYPED_KINDS = new Set(['MONEY', 'PLACE', 'ORGANIZATION']);

/**
 * Another sentence of this update already gave the fact a new value of a kind this one holds too
 * ("opening is pushed to August 11. at least Sam starts tomorrow": "tomorrow" is no new opening date).
 */
function replacedThisTurn(memory: Memory, fact: Fact, update: Fact): boolean {
  const by = fact.supersededBy;
  return (
    by !== undefined &&
    memory.fact(by)?.turn === update.turn &&
    fact.replaced.some((r) => r.by === by && update.slots.some((s) => s.type === r.type))
  );
}

/**
 * "plot 14 floods, so she moved me to plot 22": the old value said first, then the new one. A person
 * named first is often the one who acts ("Ingrid suggested Dr. Yuen instead"), so a person is the
 * one who changed only when a change cue comes between ("Sam can't come, so it's Ana now").
 */
function saidThenChanged(said: string, was: string, now: string, type: string, cues: readonly string[]): boolean {
  const from = said.indexOf(was.toLowerCase());
  const to = said.indexOf(now.toLowerCase(), from + was.length);
  if (from < 0 || to <= from) return false;
  const between = said.slice(from + was.length, to);
  return type !== 'PERSON' || cues.some((cue) => between.includes(cue));
}

/** The values of `old` that the update gives anew. */
function replacedValues(update: Fact, old: Fact, valueOnly: boolean, toldNames: ReadonlySet<string> = new Set()): Fact['replaced'] {
  const replaced: Fact['replaced'] = [];
  const said = update.text.toLowerCase();
  const money = update.slots.filter((s) => s.type === 'MONEY').map((s) => s.value);
  const cues = updateCues(update.text).map((c) => c.toLowerCase());
  for (const slot of update.slots) {
    if (!REPLACEABLE.has(slot.type)) continue;
    // A sentence that names someone without saying anything changed ("Dad cracked a joke and Nomvula
    // laughed") tells of one more person, not of one who took another's place.
    if (valueOnly && slot.type === 'PERSON') continue;
    // "not Laurier" names what is off, never the new value; "plot twist" says that something changed.
    if (/^(?:not|no)\s/i.test(slot.value) || cues.some((c) => c.includes(slot.value.toLowerCase()))) continue;
    // The number of a sum ("380" of "$380") is the sum, not a second quantity that changed; so is
    // the number of a date or a time ("24" of "June 24"), in the update and in the earlier fact.
    if (slot.type === 'QUANTITY' && money.some((m) => m.includes(slot.value))) continue;
    if (slot.type === 'QUANTITY' && numberOfAnother(slot, update)) continue;
    // A value the earlier fact told already ("Ingrid" of "Ingrid, Haddad and Mwangi") is no new one for it.
    if (saysWhole(old.text.toLowerCase(), slot.value)) continue;
    // A name told before and said again ("the Congress Park place fell through") is the old value or
    // one who takes part, not a newcomer; unless the update goes back to it.
    if (NAMED.has(slot.type) && toldNames.has(slot.value.toLowerCase()) && !/\bback\b|\bafter all\b/.test(said)) continue;
    const sameType = old.slots.filter((s) => s.type === slot.type && !(s.type === 'QUANTITY' && numberOfAnother(s, old)));
    const value = rangeEnd(slot);
    const now = value.toLowerCase();
    const differs = sameType.filter((s) => {
      const was = s.value.toLowerCase();
      return was !== now && !was.includes(now) && !now.includes(was);
    });
    // A value the update says again is kept ("same time"), unless it says it is no longer so.
    const changed = differs.filter(
      (s) => !saysWhole(said, s.value) || negated(said, s.value) || (!valueOnly && saidThenChanged(said, s.value, value, slot.type, cues)),
    );
    // Which of several values changed is known only when the update names it ("not the 14th
    // anymore"); a lone value of the type is the one replaced.
    const before =
      changed.find((s) => mentions(said, s.value)) ?? (sameType.length === 1 ? changed[0] : sameUnit(sameType, changed, value));
    if (before && sameShape(before.value, value, slot.type, valueOnly, said)) {
      replaced.push({ from: before.value, to: value, by: update.id, type: slot.type });
    }
  }
  return replaced;
}

/** The unit a number is told in ("mg" of "10mg", "km" of "5 km"), '' for a bare number. */
function unitOf(value: string): string {
  const unit = /^[\d.,/]+\s*([\p{L}]+)$/u.exec(value.trim());
  return unit ? unit[1].toLowerCase() : '';
}

/**
 * "amlodipine 5mg once a day" then "she's upping me to 10mg": of several numbers told before, a new
 * number replaces the one told in its unit, when that one alone is.
 */
function sameUnit(sameType: readonly Fact['slots'][number][], changed: readonly Fact['slots'][number][], value: string) {
  const unit = unitOf(value);
  if (unit === '') return undefined;
  const inUnit = sameType.filter((s) => unitOf(s.value) === unit);
  return inUnit.length === 1 && changed.includes(inUnit[0]) ? inUnit[0] : undefined;
}

/** "Wednesday to Thursday": a date or time moved from one day to another is the day it moved to. */
function rangeEnd(slot: Fact['slots'][number]): string {
  if (slot.type !== 'DATE' && slot.type !== 'TIME') return slot.value;
  const range = /^(.+?)\s+to\s+(.+)$/i.exec(slot.value);
  if (!range) return slot.value;
  const [, from, to] = range;
  const shape = dateShape(to);
  return shape !== undefined && dateShape(from) === shape ? to : slot.value;
}

/** The number of a date, a time or a sum ("20" of "February 20", "6" of "Thursday at 6pm") is that value, not a quantity of its own. */
function numberOfAnother(quantity: Fact['slots'][number], fact: Fact): boolean {
  const number = new RegExp(`(?<![\\d.:])${quantity.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d.:])`);
  return fact.slots.some((s) => s !== quantity && (s.type === 'DATE' || s.type === 'TIME' || s.type === 'MONEY') && number.test(s.value));
}

const NAMED = new Set(['PERSON', 'PLACE', 'ORGANIZATION']);
const COUNTED = new Set(['MONEY', 'QUANTITY']);
/** When something was told ("today", "this morning"), not a value that can move. */
const TELLING_TIME = /^(?:today|tonight|yesterday|this (?:morning|afternoon|evening)|now|right now)$/i;
/** A day or a month is a date, not a name, whatever its capital. */
const CALENDAR =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const CONNECTOR = /^(?:of|the|de|van|von|da|&|dr\.?)$/i;
/** Every word of a name is capitalised or a number ("Dr", "of", "&" aside). */
const capitalised = (value: string) => value.split(/\s+/).every((w) => CONNECTOR.test(w) || /^[\p{Lu}\p{N}]/u.test(w));

/**
 * A replaced value is replaced by one of the same shape: a name for a name (not "Dr Obiora" for "Dr. Chukwuma Obiora", the same person), a number for a
 * number, a day for a day and a length of time for a length of time (see date-shapes.ts); a sentence
 * without a change cue of its own also needs a date other than the time something was told, and
 * replaces no other kind (objects, events).
 */
function sameShape(from: string, to: string, type: string, valueOnly: boolean, said: string): boolean {
  if (NAMED.has(type)) {
    // "Hamid's" is Hamid.
    const nameWords = (name: string) =>
      name
        .toLowerCase()
        .split(/[\s.]+/)
        .map((w) => w.replace(/['’]s?$/, ''))
        .filter((w) => w.length > 2);
    const fromWords = nameWords(from);
    const toWords = nameWords(to);
    // "Congress Park" and "Platt Park" share only the kind of place their last word names; people
    // sharing a surname are one person written shorter ("Dr Rossetti"), whatever WordNet says of it.
    const head =
      type !== 'PERSON' && fromWords.at(-1) === toWords.at(-1) && sensesOf('noun', toWords.at(-1) ?? '').length > 0
        ? toWords.at(-1)
        : undefined;
    const shared = toWords.some((w) => w !== head && fromWords.includes(w));
    return capitalised(from) && capitalised(to) && !shared && !CALENDAR.test(to.trim());
  }
  if (COUNTED.has(type)) return /\d/.test(from) && /\d/.test(to);
  // "today" in the old fact is when it was told, not a value that can move.
  if (type === 'DATE' || type === 'TIME')
    return !TELLING_TIME.test(to.trim()) && !TELLING_TIME.test(from.trim()) && sameDateShape(from, to);
  // An object or event is replaced only when the update names the old one ("not doing the Arioso anymore").
  return !valueOnly && mentions(said, from);
}

/** The update says the whole value again, as words of its own ("Dad cracked a joke" says "Dad", "Dadsville" does not). */
function saysWhole(said: string, value: string): boolean {
  const escaped = value.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(said);
}

/** A title says what someone is, not who: "Dr. Yuen" does not mention "Dr. Mwangi". */
const TITLE = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame)\.?$/;

/** The update says a word of the old value again ("not the 14th" for "February 14th"). */
function mentions(said: string, value: string): boolean {
  return value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => (w.length > 2 || /\d/.test(w)) && !TITLE.test(w))
    .some((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(said));
}

/** "not June 3 anymore", "instead of the 3rd", "from Tuesdays": the update names the value it drops. */
function negated(said: string, value: string, cues = NEGATION_CUES): boolean {
  const escaped = value.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:${cues})\\s+(?:the\\s+|on\\s+|at\\s+|in\\s+)?${escaped}`).test(said);
}
const NEGATION_CUES = "not|no longer|isn'?t|wasn'?t|instead of|rather than|from";
/** Without "from": "records from Albuquerque" says where they are, not what is off. */
const DROPPING_CUES = "not|no longer|isn'?t|wasn'?t|instead of|rather than";

/** Types of the names a venue, a provider or a place is told by. */
const VENUES = new Set(['PLACE', 'ORGANIZATION']);
const PEOPLE_AND_VENUES = new Set([...VENUES, 'PERSON']);
/** Someone or something is off: "can't … anymore", "no longer", "can't come after all", "pulled out". */
const PERSON_OFF = /(?:n['’]t|\bcannot|\bnot) [^.]{0,40}\b(?:any ?more|after all)\b|\bno longer\b|\b(?:pulled|dropped) out\b/i;

/** The sentence says the name again, whole or by its last word ("the barn" for "Foxglove Barn"). */
function namesAgain(said: string, name: string): boolean {
  const last = name.split(/\s+/).pop() ?? name;
  return mentions(said, name) && (said.includes(name.toLowerCase()) || (last.length > 3 && /^\p{Lu}\p{Ll}+$/u.test(last)));
}

/**
 * People say what is off in one sentence and the new value in a later one ("Sable & Rye just
 * emailed, they're closing for renovations … rebooked at Casa Lumbre instead"; "the barn flooded …
 * we found Larkspur Vineyard"): an earlier fact holding a venue one sentence of the update names
 * again is replaced by the later sentence that gives a new venue's name, when no sentence of the
 * update replaced a venue of it already.
 */
export function supersedeAcrossSentences(memory: Memory, facts: readonly Fact[]): void {
  const turn = facts[0]?.turn;
  if (turn === undefined) return;
  const before = memory.factsOf(facts[0].tenant).filter((f) => f.narrative === facts[0].narrative && f.turn < turn && !f.noise);
  const told = new Set(before.flatMap((f) => f.slots.map((s) => s.value.toLowerCase())));
  facts.forEach((saying, i) => {
    const said = saying.text.toLowerCase();
    for (const giving of facts.slice(i + 1)) {
      // A person only when the first sentence says someone is off and the second says a change
      // ("Haddad can't write my letter anymore. Ingrid suggested Dr. Yuen instead"): people are named
      // in passing far more often than venues.
      const kinds = PERSON_OFF.test(saying.text) && hasUpdateCue(giving.text) ? PEOPLE_AND_VENUES : VENUES;
      const fresh = giving.slots.filter(
        (s) => kinds.has(s.type) && capitalised(s.value) && !told.has(s.value.toLowerCase().replace(/['’]s$/, '')),
      );
      for (const slot of fresh) {
        const old = [...before].reverse().find((f) => {
          if (f.replaced.some((r) => r.by >= facts[0].id && r.type === slot.type)) return false;
          return f.slots.some(
            (s) =>
              s.type === slot.type &&
              capitalised(s.value) &&
              namesAgain(said, s.value) &&
              // "Platt Park" itself does not name "Congress Park" again.
              !mentions(giving.text.toLowerCase().replace(slot.value.toLowerCase(), ' '), s.value) &&
              sameShape(s.value, slot.value, s.type, false, said),
          );
        });
        if (!old) continue;
        const from = old.slots.find((s) => s.type === slot.type && namesAgain(said, s.value)) as Fact['slots'][number];
        old.supersededBy = giving.id;
        old.supersededLoosely = false;
        old.replaced.push({ from: from.value, to: slot.value, by: giving.id, type: slot.type });
        return;
      }
    }
  });
}

/**
 * "the appointment has moved to July 8 … I'd already booked July 1 off work": another sentence of the
 * update that says a value the update replaced tells of the old value, and is replaced with it.
 */
export function supersedeOldValueRetold(memory: Memory, facts: readonly Fact[]): void {
  const ids = new Set(facts.map((f) => f.id));
  const turn = facts[0]?.turn;
  if (turn === undefined) return;
  const replacements = memory
    .factsOf(facts[0].tenant)
    .filter((f) => f.narrative === facts[0].narrative && f.turn < turn)
    .flatMap((f) => f.replaced.filter((r) => ids.has(r.by) && RETOLD_KINDS.has(r.type)));
  for (const fact of facts) {
    if (fact.supersededBy !== undefined) continue;
    for (const r of replacements) {
      if (r.by === fact.id) continue;
      const old = fact.slots.find(
        (s) => s.type === r.type && saysWhole(r.from.toLowerCase(), s.value) && !saysWhole(s.value.toLowerCase(), r.to),
      );
      if (!old) continue;
      fact.supersededBy = r.by;
      fact.supersededLoosely = false;
      fact.replaced.push({ from: old.value, to: r.to, by: r.by, type: r.type });
      break;
    }
  }
}

/** Values told in a form that names them alone: a day, a time, a sum. */
const RETOLD_KINDS = new Set(['DATE', 'TIME', 'MONEY']);
