// The run this repository's CI makes: its adapter over its own stories.
import { defineConfig } from 'threadline';

export default defineConfig({
  corpus: 'corpus',
  adapter: './src/keyword-memory.ts',
  adapterConfig: { k: 3 },
  mode: 'isolated',
  label: 'keyword-memory ci',
});
