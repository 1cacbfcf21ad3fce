// Memory benchmark for the streaming generator: runs `generate` as a child process for 1,000 and
// 10,000 stories (seed 7), reads each child's peak RSS, and fails if the larger run needs more
// than 1.5× the memory of the smaller one (a sign that the corpus is being held in memory).
//
//   npx tsx scripts/bench-generate.ts
//
// Peak RSS comes from the child itself (`process.resourceUsage().maxRSS`, printed in its summary
// line); on Linux, /proc/<pid>/status VmHWM is polled as a cross-check.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [1_000, 10_000];
const SEED = 7;
const MAX_RATIO = 1.5;

interface Measurement {
  stories: number;
  seconds: number;
  summary: string;
  reportedMb?: number;
  polledMb?: number;
}

/** The real CLI, as a user runs it. */
function generatorCommand(): string[] {
  return [path.join(ROOT, 'bin/threadline.js'), 'generate'];
}

function readVmHwmMb(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function measure(stories: number, outDir: string): Promise<Measurement> {
  const args = [...generatorCommand(), '--stories', String(stories), '--seed', String(SEED), '--out', outDir, '--no-progress'];
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let polledMb: number | undefined;
  const poll = setInterval(() => {
    const mb = child.pid === undefined ? undefined : readVmHwmMb(child.pid);
    if (mb !== undefined) polledMb = Math.max(polledMb ?? 0, mb);
  }, 50);
  const code: number | null = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(poll);
  if (code !== 0) throw new Error(`generate --stories ${stories} exited with ${code}:\n${stderr}${stdout}`);
  const reported = /peak RSS ([\d.]+) MB/.exec(stdout);
  return {
    stories,
    seconds: (performance.now() - started) / 1000,
    summary: stdout.trim(),
    reportedMb: reported ? Number(reported[1]) : undefined,
    polledMb,
  };
}

const peakOf = (m: Measurement) => m.reportedMb ?? m.polledMb;
const fmt = (n: number | undefined, digits = 1) => (n === undefined ? 'n/a' : n.toFixed(digits));

const tempDirs: string[] = [];
try {
  const results: Measurement[] = [];
  for (const stories of SIZES) {
    const dir = await mkdtemp(path.join(os.tmpdir(), `threadline-bench-${stories}-`));
    tempDirs.push(dir);
    results.push(await measure(stories, path.join(dir, 'corpus')));
  }
  console.log('stories   seconds   peak RSS (child) MB   VmHWM (polled) MB   stories/s');
  for (const m of results) {
    console.log(
      `${String(m.stories).padStart(7)}   ${fmt(m.seconds, 2).padStart(7)}   ${fmt(m.reportedMb).padStart(19)}   ${fmt(m.polledMb).padStart(17)}   ${fmt(m.stories / m.seconds, 0).padStart(9)}`,
    );
  }
  for (const m of results) console.log(`  ${m.summary}`);
  const [small, large] = results.map(peakOf);
  if (small === undefined || large === undefined) {
    console.error('could not read the peak RSS of a child process');
    process.exitCode = 1;
  } else {
    const ratio = large / small;
    const verdict = ratio <= MAX_RATIO ? 'ok' : `FAIL: above ${MAX_RATIO}`;
    console.log(`peak RSS ratio ${SIZES[1]}/${SIZES[0]} stories: ${ratio.toFixed(3)} (${verdict})`);
    if (ratio > MAX_RATIO) process.exitCode = 1;
  }
} finally {
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
}
