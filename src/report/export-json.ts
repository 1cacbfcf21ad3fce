// The JSON export written story by story: the same bytes as `JSON.stringify(export, null, 2)`,
// without ever holding the whole text (hundreds of megabytes for a large run) in memory.
import { randomBytes } from 'node:crypto';

/** Chunks of the pretty-printed JSON of an object whose `stories` array may be very long. */
export function* exportJsonChunks<T extends { stories: unknown[] }>(exported: T): Generator<string> {
  const marker = `threadline-stories-${randomBytes(8).toString('hex')}`;
  const [head, tail] = JSON.stringify({ ...exported, stories: marker }, null, 2).split(`"${marker}"`);
  if (exported.stories.length === 0) {
    yield `${head}[]${tail}\n`;
    return;
  }
  yield `${head}[\n`;
  for (const [i, story] of exported.stories.entries()) {
    const text = JSON.stringify(story, null, 2).replace(/^/gm, '    ');
    yield i === exported.stories.length - 1 ? `${text}\n` : `${text},\n`;
  }
  yield `  ]${tail}\n`;
}
