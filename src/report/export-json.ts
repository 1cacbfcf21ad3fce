// The JSON export written story by story: the same bytes as `JSON.stringify(export, null, 2)`,
// without ever holding the whole text (hundreds of megabytes for a large run) in memory.
import { randomBytes } from 'node:crypto';

/** Chunks of the pretty-printed JSON of an object whose `stories` array may be very long. */
export function* exportJsonChunks<T extends { stories: unknown[] }>(exported: T): Generator<string> {
  yield* jsonChunksWithStories(exported, exported.stories);
}

/**
 * Chunks of the pretty-printed JSON of `head` with its `stories` key (kept in its place) holding
 * `stories`, which are produced, written and let go one at a time.
 */
export function* jsonChunksWithStories(head: { stories: unknown }, stories: Iterable<unknown>): Generator<string> {
  const marker = `threadline-stories-${randomBytes(8).toString('hex')}`;
  const [before, after] = JSON.stringify({ ...head, stories: marker }, null, 2).split(`"${marker}"`);
  const iterator = stories[Symbol.iterator]();
  let next = iterator.next();
  if (next.done) {
    yield `${before}[]${after}\n`;
    return;
  }
  yield `${before}[\n`;
  while (!next.done) {
    const text = JSON.stringify(next.value, null, 2).replace(/^/gm, '    ');
    next = iterator.next();
    yield next.done ? `${text}\n` : `${text},\n`;
  }
  yield `  ]${after}\n`;
}
