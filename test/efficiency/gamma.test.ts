import { describe, expect, it } from 'vitest';
import { HARDWARE, UnknownGammaProfileError, gamma, gammaFromProfile, listGammaProfiles } from '../../src/efficiency/gamma.js';

/** Relative distance |actual − expected| / expected. */
const relativeError = (actual: number, expected: number): number => Math.abs(actual - expected) / expected;

describe('gamma', () => {
  it.each([
    ['llama-3.1-8b', 0.00625],
    ['llama-3.1-70b', 0.00175],
    ['qwen2.5-7b', 0.00329],
  ])('reproduces the DESIGN reference for %s on H100 PCIe within 2%%', (model, reference) => {
    expect(relativeError(gamma(model), reference)).toBeLessThan(0.02);
    expect(gamma(model, 'h100-pcie')).toBe(gamma(model));
  });

  it('scales with the card: γ_hw = γ_h100 · HOI_hw / 756.5', () => {
    // Llama-3.1-8B: 2 · 32 · 4096 · HOI / 8.03e9 · 8/32 = 262,144 · HOI / 3.212e10.
    for (const [hardware, hoi, expected] of [
      ['h100-pcie', 756.5, 0.0061740951],
      ['h200', 348.1, 0.0028409815],
      ['a100', 322.5, 0.0026320498],
      ['rtx-4090', 327.4, 0.0026720406],
    ] as const) {
      expect(HARDWARE[hardware]?.hoi).toBe(hoi);
      expect(gamma('llama-3.1-8b', hardware)).toBeCloseTo(expected, 10);
    }
  });

  it('accepts names in any case', () => {
    expect(gamma('Llama-3.1-8B', 'H200')).toBeCloseTo(0.0028409815, 10);
  });

  it('fails on unknown names, listing the known ones', () => {
    expect(() => gamma('gpt-9')).toThrow(UnknownGammaProfileError);
    expect(() => gamma('gpt-9')).toThrow(/llama-3\.1-8b, llama-3\.1-70b, qwen2\.5-7b/);
    expect(() => gamma('llama-3.1-8b', 'tpu')).toThrow(/h100-pcie, h200, a100, rtx-4090/);
    expect(() => gamma('toString')).toThrow(UnknownGammaProfileError);
  });
});

describe('gamma profiles', () => {
  it('lists every model on every card', () => {
    const profiles = listGammaProfiles();
    expect(profiles).toHaveLength(12);
    expect(profiles).toContainEqual({
      profile: 'llama-3.1-8b@h100-pcie',
      model: 'llama-3.1-8b',
      hardware: 'h100-pcie',
      gamma: expect.closeTo(0.0061740951, 10),
    });
  });

  it('parses model@hardware, a bare model meaning H100 PCIe', () => {
    // 2 · 80 · 8192 · 322.5 / 70.6e9 · 8/64 and 2 · 28 · 3584 · 756.5 / 6.53e9 · 4/28.
    expect(gammaFromProfile('llama-3.1-70b@a100')).toBeCloseTo(0.00074841926, 11);
    expect(gammaFromProfile('qwen2.5-7b')).toBeCloseTo(0.003321649, 10);
    expect(gammaFromProfile('QWEN2.5-7B@RTX-4090')).toBeCloseTo(0.0014375517, 10);
    for (const { profile, gamma: value } of listGammaProfiles()) expect(gammaFromProfile(profile)).toBe(value);
  });

  it('fails on unknown profiles with a coded error listing every known profile', () => {
    for (const name of ['llama-3.1-8b@tpu', 'mistral@h200', 'a@b@c', 'llama-3.1-8b@']) {
      let caught: unknown;
      try {
        gammaFromProfile(name);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(UnknownGammaProfileError);
      expect((caught as UnknownGammaProfileError).code).toBe('UNKNOWN_GAMMA_PROFILE');
      expect((caught as Error).message).toContain('llama-3.1-8b@h100-pcie');
      expect((caught as Error).message).toContain('qwen2.5-7b@rtx-4090');
    }
  });
});
