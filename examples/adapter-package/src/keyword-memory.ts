// A small memory layer: it keeps every utterance and answers a question with the k utterances that
// share the most words with it. Written against Threadline's adapter contract with defineAdapter.
import { defineAdapter, type Scope } from 'threadline';
import { z } from 'zod';

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9']+/g) ?? []);

export default defineAdapter({
  name: 'keyword-memory',
  version: '1.0.0',
  description: 'the k utterances sharing the most words with the question',
  configSchema: z.object({ k: z.number().int().positive().default(3) }),
  create: ({ k }) => {
    const notes = new Map<string, string[]>();
    const of = (scope: Scope) => notes.get(scope.tenant ?? '') ?? [];
    return {
      open: async () => {},
      close: async () => {},
      reset: async () => notes.clear(),
      ingest: async (turn, scope) => {
        notes.set(scope.tenant ?? '', [...of(scope), turn.text]);
      },
      query: async (question, scope) => {
        const asked = words(question);
        const overlap = (note: string) => [...words(note)].filter((w) => asked.has(w)).length;
        const best = of(scope)
          .filter((note) => overlap(note) > 0)
          .sort((a, b) => overlap(b) - overlap(a))
          .slice(0, k);
        return { text: best.join('\n') };
      },
    };
  },
});
