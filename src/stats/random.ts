/**
 * A small seeded pseudo-random generator (mulberry32): 32-bit state, uniform floats in [0, 1).
 * Not cryptographic; chosen because it is fast, tiny and gives the same stream on every platform,
 * so a seeded bootstrap reproduces bit for bit.
 */
export function seededRandom(seed: number): () => number {
  // The state is kept as a signed int32 (`| 0`): V8 then keeps it unboxed, about twice as fast
  // as `>>> 0`; the stream is the same because every later step is 32-bit bitwise arithmetic.
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
