// Runs one adapter call under a timeout and turns any failure into data instead of an exception.

export type CallOutcome<T> = { ok: true; value: T; ms: number } | { ok: false; error: string; timedOut: boolean; ms: number };

export async function timedCall<T>(
  operation: string,
  timeoutMs: number,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<CallOutcome<T>> {
  const controller = new AbortController();
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const result = await Promise.race([call(controller.signal).then((value) => ({ value })), timeout]);
    const ms = performance.now() - started;
    if (result === 'timeout') {
      controller.abort(new Error(`${operation} timed out`));
      return { ok: false, error: `${operation} timed out after ${timeoutMs} ms`, timedOut: true, ms };
    }
    return { ok: true, value: result.value, ms };
  } catch (error) {
    return { ok: false, error: `${operation} failed: ${errorMessage(error)}`, timedOut: false, ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

/** What an adapter threw, as one bounded string; never throws itself (BigInts, cycles, hostile getters). */
export function errorMessage(error: unknown): string {
  let text: string;
  try {
    if (error instanceof Error) text = String(error.message);
    else if (typeof error === 'string') text = error;
    else text = JSON.stringify(error) ?? String(error);
  } catch {
    text = `a value that cannot be shown (${typeof error})`;
  }
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS)}… [${text.length} characters]` : text;
}

const MAX_ERROR_CHARS = 4_000;
