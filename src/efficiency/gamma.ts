/**
 * γ, the decode-to-prefill cost ratio of PTE (DESIGN §4, arXiv 2604.05404):
 * γ = 2 · n_layers · d_model · HOI / N_active · H_kv / H_q, HOI = peak FLOP/s ÷ memory bandwidth.
 * A profile is a model on a card, named `model@hardware`, e.g. `llama-3.1-8b@h100-pcie`.
 */

export interface HardwareProfile {
  label: string;
  /** Hardware operational intensity: peak FLOP/s ÷ memory bandwidth (FLOP per byte). */
  hoi: number;
}

export interface ModelArchitecture {
  label: string;
  layers: number;
  modelDim: number;
  /** Parameters used per token, as the DESIGN reference γ counts them (see the table below). */
  activeParams: number;
  queryHeads: number;
  kvHeads: number;
}

export const DEFAULT_HARDWARE = 'h100-pcie';

export const HARDWARE: Readonly<Record<string, HardwareProfile>> = {
  'h100-pcie': { label: 'NVIDIA H100 PCIe', hoi: 756.5 },
  h200: { label: 'NVIDIA H200', hoi: 348.1 },
  a100: { label: 'NVIDIA A100', hoi: 322.5 },
  'rtx-4090': { label: 'NVIDIA GeForce RTX 4090', hoi: 327.4 },
};

/**
 * Shapes from each model's public config.json. Parameter counts follow the DESIGN reference γ,
 * which is not one convention across families: the Llama figures use the total count (8.03e9,
 * 70.6e9), while the Qwen figure 0.00329 is only reached with Qwen's published non-embedding
 * count, 6.53e9 (the total, 7.62e9, gives 0.00285, 13% low). Each lands within 1.3% of its reference.
 */
export const MODELS: Readonly<Record<string, ModelArchitecture>> = {
  'llama-3.1-8b': {
    label: 'Llama-3.1-8B',
    layers: 32,
    modelDim: 4096,
    activeParams: 8.03e9,
    queryHeads: 32,
    kvHeads: 8,
  },
  'llama-3.1-70b': {
    label: 'Llama-3.1-70B',
    layers: 80,
    modelDim: 8192,
    activeParams: 70.6e9,
    queryHeads: 64,
    kvHeads: 8,
  },
  'qwen2.5-7b': {
    label: 'Qwen2.5-7B',
    layers: 28,
    modelDim: 3584,
    activeParams: 6.53e9,
    queryHeads: 28,
    kvHeads: 4,
  },
};

export class UnknownGammaProfileError extends Error {
  readonly code = 'UNKNOWN_GAMMA_PROFILE';
}

export function gamma(model: string, hardware: string = DEFAULT_HARDWARE): number {
  const architecture = lookup(MODELS, model, 'model');
  const card = lookup(HARDWARE, hardware, 'hardware');
  return (
    ((2 * architecture.layers * architecture.modelDim * card.hoi) / architecture.activeParams) *
    (architecture.kvHeads / architecture.queryHeads)
  );
}

export function listGammaProfiles(): Array<{ profile: string; model: string; hardware: string; gamma: number }> {
  return Object.keys(MODELS).flatMap((model) =>
    Object.keys(HARDWARE).map((hardware) => ({
      profile: `${model}@${hardware}`,
      model,
      hardware,
      gamma: gamma(model, hardware),
    })),
  );
}

/** `model@hardware`; a bare model name means the reference card, H100 PCIe. Case-insensitive. */
export function gammaFromProfile(name: string): number {
  const [model = '', hardware = DEFAULT_HARDWARE, ...rest] = name.split('@');
  if (rest.length > 0) throw unknownProfile(name);
  try {
    return gamma(model, hardware);
  } catch (error) {
    if (error instanceof UnknownGammaProfileError) throw unknownProfile(name);
    throw error;
  }
}

function lookup<T>(table: Readonly<Record<string, T>>, name: string, kind: string): T {
  const key = name.trim().toLowerCase();
  const entry = Object.hasOwn(table, key) ? table[key] : undefined;
  if (entry === undefined) {
    throw new UnknownGammaProfileError(`Unknown ${kind} "${name}". Known ${kind} names: ${Object.keys(table).join(', ')}.`);
  }
  return entry;
}

function unknownProfile(name: string): UnknownGammaProfileError {
  const known = listGammaProfiles().map((entry) => entry.profile);
  return new UnknownGammaProfileError(`Unknown γ profile "${name}". Known profiles: ${known.join(', ')}.`);
}
