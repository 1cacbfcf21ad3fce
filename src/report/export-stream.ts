// Reads a run export story by story. `exportJsonChunks` writes a known layout: the top-level keys
// pretty-printed, `stories` last, its array opened on a line `  "stories": [`, one story object per
// block indented by four spaces and closed by a line `    }` (JSON escapes every newline inside a
// string, so no other line can look like that), the array closed by `  ]` and the file by `}`. A file in that layout is
// read line by line and only one story is held at a time; any other JSON (minified, re-indented,
// an ATANT engine-run file) falls back to one full parse.
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

export interface ExportStream {
  /** The top-level object without `stories` (every other key of the file). */
  head: Record<string, unknown>;
  /** Each element of `stories`, in file order; undefined when the file has no `stories` array (then `head` is the whole value). */
  stories: AsyncIterable<unknown> | undefined;
  /** True when the file was read story by story; false when it was parsed whole. */
  streamed: boolean;
}

const STORIES_OPEN = '  "stories": [';
const STORY_CLOSE = /^ {4}\},?$/;
const STORIES_CLOSE = /^ {2}\]$/;

/** Opens `file`; throws (as JSON.parse or fs do) when it is not readable JSON. */
export async function openExport(file: string): Promise<ExportStream> {
  if (!(await endsWithStories(file))) return wholeFile(file);
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const headLines: string[] = [];
  const close = () => {
    lines.return?.();
    input.destroy();
  };
  for (;;) {
    const next = await lines.next();
    if (next.done || (headLines.length === 0 && next.value !== '{')) break;
    if (next.value === STORIES_OPEN) {
      const head = parseHead(headLines);
      if (!head) break;
      return { head, stories: storiesFrom(lines, close, file), streamed: true };
    }
    headLines.push(next.value);
  }
  close();
  return wholeFile(file);
}

/** True when the file ends as the layout does: the stories array, then the object, closed. */
async function endsWithStories(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(Math.min(size, 16));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return /\n {2}\]\n\}\n?$/.test(tail.toString('utf8'));
  } finally {
    await handle.close();
  }
}

/** The head lines closed as an object; undefined when they do not parse (stories is not the last key). */
function parseHead(headLines: string[]): Record<string, unknown> | undefined {
  try {
    const text = headLines.join('\n');
    const head = JSON.parse(`${text.endsWith(',') ? text.slice(0, -1) : text}\n}`) as unknown;
    return head && typeof head === 'object' && !Array.isArray(head) ? (head as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

async function* storiesFrom(lines: AsyncIterator<string>, close: () => void, file: string): AsyncGenerator<unknown> {
  let block: string[] = [];
  try {
    for (;;) {
      const next = await lines.next();
      if (next.done) throw new SyntaxError(`${file}: the stories array is not closed`);
      const line = next.value;
      if (block.length === 0 && STORIES_CLOSE.test(line)) return;
      block.push(line);
      if (STORY_CLOSE.test(line)) {
        const text = block.join('\n');
        block = [];
        yield JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text) as unknown;
      }
    }
  } finally {
    close();
  }
}

async function wholeFile(file: string): Promise<ExportStream> {
  const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
  const object = (data && typeof data === 'object' && !Array.isArray(data) ? data : { value: data }) as Record<string, unknown>;
  const { stories, ...head } = object;
  return Array.isArray(stories) ? { head, stories: list(stories), streamed: false } : { head: object, stories: undefined, streamed: false };
}

async function* list(items: unknown[]): AsyncGenerator<unknown> {
  yield* items;
}
