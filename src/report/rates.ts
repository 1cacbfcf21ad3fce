// Pass rates with their 95% Wilson interval.
import { wilson } from '../stats/wilson.js';

export interface Rate {
  passed: number;
  total: number;
  rate: number;
  wilson95: [number, number];
}

export function rate(passed: number, total: number): Rate {
  return { passed, total, rate: total === 0 ? 0 : passed / total, wilson95: wilson(passed, total) };
}
