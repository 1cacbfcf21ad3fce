// Runs the adapter through Threadline's library API and fails if it forgets too much.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runBenchmark } from 'threadline';

test('keyword-memory recalls most of the corpus', async () => {
  // threadline.config.ts is TypeScript; the library loads the adapter module itself, so the test
  // passes the same settings as plain data.
  const result = await runBenchmark({ corpus: 'corpus', adapter: './src/keyword-memory.ts', adapterConfig: { k: 3 } });
  assert.equal(result.run.status, 'complete');
  assert.deepEqual(result.run.adapterConfig, { k: 3 });
  assert.ok(result.passRate >= 0.5, `pass rate ${result.passRate}`);
});

test('an unknown config key is refused before anything runs', async () => {
  await assert.rejects(
    runBenchmark({ corpus: 'corpus', adapter: './src/keyword-memory.ts', adapterConfig: { kk: 3 } }),
    /unknown key "kk"/,
  );
});
