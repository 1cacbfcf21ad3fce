// A narrative begun after a quiet spell may be the earlier one picked up again. Its first utterance
// may name no one ("capstone pitch approved!"), so each later one is tested too: once it names a
// person, place or organisation the earlier narrative holds and no other narrative does, the two are
// one story, and the later one's facts join the earlier one. Stories are told one at a time, so a
// narrative told between the earlier one and its resumption (each after a quiet spell) was that
// story too and joins it as well. A name the utterance introduces ("my teacher Maya") is someone
// new to the story being told, so it joins nothing.
import { introducedParts } from './introduced-names.js';
import type { Memory, Narrative } from './memory.js';
import { nameParts } from './name-parts.js';

/** Whether the name part identifies `earlier` among the tenant's narratives (none but `earlier` and `later` have told it). */
function identifies(memory: Memory, part: string, earlier: Narrative, later: Narrative): boolean {
  if (!earlier.names.has(part)) return false;
  return memory.narrativesNaming(earlier.tenant, part) <= (later.names.has(part) ? 2 : 1);
}

/** How many quiet spells back a name may reach to join a narrative to an earlier one. */
const MAX_LINKS = 3;

/**
 * The narrative an utterance continues: the one it was told in, or, when that one may resume an
 * earlier narrative (or one that narrative may resume, a few quiet spells back) and the utterance
 * names something only that earlier one holds, the earlier one with this one merged into it.
 */
export function continuedNarrative(memory: Memory, current: Narrative, names: readonly string[], text: string): Narrative {
  if (current.resumes === undefined) return current;
  const introduced = introducedParts(text, names);
  const parts = nameParts(names).filter((part) => !introduced.has(part));
  let earlier: Narrative | undefined = memory.narratives[current.resumes - 1];
  const between: Narrative[] = [];
  for (let links = 0; earlier && links < MAX_LINKS; links++) {
    const candidate: Narrative = earlier;
    if (parts.some((part) => identifies(memory, part, candidate, current))) {
      // The narratives told between the story and its resumption were that story too.
      for (const told of between) memory.mergeNarrative(told, candidate);
      memory.mergeNarrative(current, candidate);
      return candidate;
    }
    between.push(candidate);
    earlier = candidate.resumes === undefined ? undefined : memory.narratives[candidate.resumes - 1];
  }
  return current;
}
