import { hashSeed, mulberry32 } from '../rules/authenticity.js';

/** A seeded random source: the demo is the same on every load. */
export class Random {
  private readonly next32: () => number;

  constructor(seed: string) {
    this.next32 = mulberry32(hashSeed(seed));
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.next32() / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** Log-normal weight: realistic spreads of project sizes. */
  logNormal(sigma: number): number {
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    return Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }

  /** A score-like decimal string with two decimals in [min, max]. */
  decimal(min: number, max: number): string {
    const hundredths = this.int(Math.round(min * 100), Math.round(max * 100));
    return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
  }
}

/**
 * Splits `total` fen into parts proportional to `weights`, each rounded to `step` fen,
 * the rounding remainder going to the largest part, so the parts add up to the total exactly.
 */
export function splitExactly(total: bigint, weights: number[], step = 1000n): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => {
    const raw = BigInt(Math.floor((Number(total) * w) / sum));
    return (raw / step) * step;
  });
  const assigned = parts.reduce((a, b) => a + b, 0n);
  let largest = 0;
  parts.forEach((p, i) => {
    if (p > parts[largest]!) largest = i;
  });
  parts[largest] = parts[largest]! + (total - assigned);
  return parts;
}
