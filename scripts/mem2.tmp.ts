import { loadCorpus } from '../src/corpus/load.js';
const gc = (globalThis as any).gc as () => void;
gc(); const a = process.memoryUsage().heapUsed;
const { corpus } = await loadCorpus(process.argv[2]);
gc(); console.log('corpus heap MB', ((process.memoryUsage().heapUsed - a) / 2 ** 20).toFixed(0), corpus.stories.length);
const s = corpus.stories[0]; console.log(Object.keys(s), Object.keys(s.turns[0]), JSON.stringify(s.turns[0].source), JSON.stringify(s.extra).slice(0, 300));
