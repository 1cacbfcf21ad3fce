import { loadCorpus } from '../src/corpus/load.js';
import { openDatabase } from '../src/sqlite.js';
import { contentWords } from '../src/text/words.js';
import { rarestWithin } from '../adapters/retrieval/fts-sentence-index.js';
import { gradedQuestions } from '../src/corpus/model.js';
const { corpus } = await loadCorpus(process.argv[2]);
const db = openDatabase('/tmp/sd/exp/x.db');
console.log('rows', db.prepare('select count(*) from sentences').pluck().get());
const budget = Number(process.argv[3] ?? 2000);
const count = db.prepare('SELECT count(*) FROM (SELECT rowid FROM sentences WHERE sentences MATCH ? LIMIT ?)').pluck();
const variants: Record<string, string> = {
  full: "SELECT text, bm25(sentences) AS score FROM sentences WHERE sentences MATCH ? AND tenant = '' ORDER BY score LIMIT 5",
  notenant: "SELECT text, bm25(sentences) AS score FROM sentences WHERE sentences MATCH ? ORDER BY score LIMIT 5",
  rowidonly: "SELECT rowid, bm25(sentences) AS score FROM sentences WHERE sentences MATCH ? ORDER BY score LIMIT 5",
  nobm25: "SELECT rowid FROM sentences WHERE sentences MATCH ?",
  rank: "SELECT rowid, rank FROM sentences WHERE sentences MATCH ? ORDER BY rank LIMIT 5",
};
const q = db.prepare(variants[process.argv[4] ?? 'full']);
const qs = corpus.stories.slice(5000, 5300).flatMap((s) => gradedQuestions(s).map((x) => x.text));
let tc = 0, tq = 0, matched = 0;
for (const text of qs) {
  let t = performance.now();
  const words = contentWords(text).map((w) => ({ word: w, df: count.get(`"${w}"`, budget + 1) as number })).filter((w) => w.df > 0);
  const chosen = rarestWithin(words, budget);
  tc += performance.now() - t; t = performance.now();
  if (chosen.length) q.all(chosen.map((w) => `"${w}"`).join(' OR '));
  tq += performance.now() - t;
  matched += words.filter((w) => chosen.includes(w.word)).reduce((n, w) => n + w.df, 0);
}
console.log('n', qs.length, 'count ms/q', (tc / qs.length).toFixed(2), 'query ms/q', (tq / qs.length).toFixed(2), 'avg postings', (matched / qs.length).toFixed(0));
