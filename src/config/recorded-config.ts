// The configuration a stored run was made with: recorded whole since runs record their parsed
// configuration, rebuilt from the run's own fields for runs recorded before that.
import type { RunRecord } from '../store/records.js';
import { RUN_DEFAULTS, type StoredRunConfig } from './run-config.js';

interface LegacyProbe {
  name: StoredRunConfig['probes'][number]['name'];
  adapterSpec: string;
  config: Record<string, unknown>;
}

export function recordedConfig(run: RunRecord): StoredRunConfig {
  const recorded = run.options.config as StoredRunConfig | undefined;
  if (recorded) return recorded;
  const probes = (run.options.probes as LegacyProbe[] | undefined) ?? [];
  return {
    corpus: run.corpusPath,
    adapter: run.adapterSpec,
    adapterConfig: run.adapterConfig,
    mode: run.mode,
    scope: run.scope,
    grading: run.grading as StoredRunConfig['grading'],
    timeoutMs: run.timeoutMs,
    isolate: run.options.isolate === 'process' ? 'process' : 'in-process',
    budget: run.budget === undefined ? RUN_DEFAULTS.budget : run.budget,
    label: run.label ?? (typeof run.options.label === 'string' ? run.options.label : undefined),
    probes: probes.map((p) => ({ name: p.name, adapter: p.adapterSpec, adapterConfig: p.config })),
    efficiency: { ...RUN_DEFAULTS.efficiency },
    keepData: false,
    concurrency: 1,
  };
}
