// Authenticity checks (真实性核查): a random sample of at least a share of the projects is checked.
// The draw is seeded so that anyone can redraw it later and get the same sample (auditability), and
// it does not depend on the order the ids came from the database.

import type { RuleSet } from '@jixiao/schema/rule-defaults';
import { RuleInputError, divCeil } from './decimal.js';
import { ratioTerms } from './ratio.js';

/** ceil(population × minSampleShare), at least 1 when there is anything to sample, never more than the population. */
export function authenticitySampleSize(
  population: number,
  rules: Pick<RuleSet['authenticity'], 'minSampleShare'>,
): number {
  if (!Number.isSafeInteger(population) || population < 0) {
    throw new RuleInputError(
      'population',
      '须为非负整数',
      `must be a non-negative integer (got ${String(population)})`,
    );
  }
  const { n, d } = ratioTerms(rules.minSampleShare, 'authenticity.minSampleShare');
  if (population === 0) return 0;
  const size = Number(divCeil(BigInt(population) * n, d));
  return Math.min(population, Math.max(1, size));
}

/**
 * A reproducible random sample of `size` ids: the ids are sorted (numbers ascending, then strings by
 * code unit, independent of locale), then a partial Fisher–Yates shuffle driven by mulberry32 seeded with
 * a hash of `seed` picks them. Same ids and seed → same sample, in the same (draw) order.
 */
export function drawSample<T extends string | number>(ids: readonly T[], size: number, seed: string): T[] {
  if (!Array.isArray(ids)) throw new RuleInputError('ids', '须为列表', 'must be a list');
  if (typeof seed !== 'string' || seed.length === 0) {
    throw new RuleInputError('seed', '须为非空字符串', 'must be a non-empty string');
  }
  if (!Number.isSafeInteger(size) || size < 0 || size > ids.length) {
    throw new RuleInputError(
      'size',
      `须为0到${ids.length}之间的整数`,
      `must be an integer from 0 to ${ids.length} (got ${String(size)})`,
    );
  }
  ids.forEach((id, index) => {
    if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
      throw new RuleInputError(
        `ids[${index}]`,
        '编号须为字符串或有限数字',
        `must be a string or a finite number (got ${String(id)})`,
      );
    }
  });
  const pool = [...ids].sort(compareIds);
  for (let i = 1; i < pool.length; i++) {
    // A duplicate would give one project two chances to be drawn, and could be drawn twice.
    if (pool[i - 1] === pool[i]) {
      throw new RuleInputError('ids', `编号重复：${String(pool[i])}`, `duplicate id ${String(pool[i])}`);
    }
  }
  const next = mulberry32(hashSeed(seed));
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor((next() / 4294967296) * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, size);
}

function compareIds(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** FNV-1a over the UTF-8 bytes of the seed: a stable 32-bit seed for any text, Chinese included. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(seed)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny, well-known 32-bit PRNG; returns unsigned 32-bit integers. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}
