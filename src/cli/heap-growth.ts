// How far V8 lets the heap grow past what survived the last full collection. Its default grows
// it up to 4× when collecting is cheap, so a command whose live heap is 100 MB could reach 400 MB of
// mostly garbage before collecting. 1.5× keeps the peak near the live size for some more collections
// (measured in docs/scaling.md). It sets no limit: a legitimately large run (the LOCOMO import with
// full-context answers) still gets all the heap it needs.
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
