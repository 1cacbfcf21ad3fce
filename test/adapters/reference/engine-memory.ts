// Hand-built memories for the reference engine's unit tests, driven through its own write and read
// paths (no harness): one narrative told over days, or several told and asked about in turn.
import { Memory } from '../../../adapters/reference/memory.js';
import { answerQuestion } from '../../../adapters/reference/read-path.js';
import { hearUtterance } from '../../../adapters/reference/segment.js';
import { ingestTurn } from '../../../adapters/reference/write-path.js';

/** Everyday chatter first, so word weights are those of a real conversation, not of two sentences. */
const CHATTER = [
  'the cat knocked a plant off the windowsill again this morning.',
  'made a big pot of lentil soup for the week.',
  'my sister rang about her new job in the city.',
  'the bus was late twice this week, so annoying.',
];

/** One narrative: the chatter, then `told`, one utterance a day. */
export function story(...told: string[]): Memory {
  const memory = new Memory();
  [...CHATTER, ...told].forEach((text, i) => {
    const timestamp = new Date(Date.UTC(2025, 4, 1 + i, 9)).toISOString();
    ingestTurn(memory, { text, time: timestamp, timestamp }, '');
  });
  return memory;
}

export const answer = (memory: Memory, question: string) => answerQuestion(memory, question, '').text;

/** A memory told and asked in turn, as the harness would (scope none): `tell` returns the narrative it went to. */
export function engineMemory() {
  const memory = new Memory();
  const tell = (text: string, timestamp: string) => {
    memory.hearClock('', timestamp);
    ingestTurn(memory, { text, timestamp }, '');
    hearUtterance(memory, '', timestamp);
    return memory.activeNarrative('')!.id;
  };
  const ask = (question: string) => answer(memory, question);
  return { memory, tell, ask };
}
