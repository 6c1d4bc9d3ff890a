import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import { describe, expect, it } from 'vitest';
import { authenticitySampleSize, drawSample, hashSeed, mulberry32 } from '../authenticity.js';

const rules = DEFAULT_RULE_SET.authenticity; // 10/100

describe('authenticitySampleSize', () => {
  it.each([
    [0, 0],
    [1, 1],
    [9, 1],
    [10, 1],
    [11, 2],
    [100, 10],
    [101, 11],
    [321, 33],
  ])('samples at least 10%% of %s projects: %s', (population, size) => {
    expect(authenticitySampleSize(population, rules)).toBe(size);
  });

  it.each<[number, number, number, number]>([
    [1, 3, 3, 1],
    [1, 3, 4, 2],
    [0, 1, 5, 1],
    [1, 1, 7, 7],
  ])('takes the share from the rule set (%s/%s of %s → %s)', (numerator, denominator, population, size) => {
    expect(authenticitySampleSize(population, { minSampleShare: { numerator, denominator } })).toBe(size);
  });

  it.each([-1, 1.5, Number.NaN])('rejects the population %s', (population) => {
    expect(() => authenticitySampleSize(population, rules)).toThrow('population: 须为非负整数');
  });
});

describe('drawSample', () => {
  const ids = Array.from({ length: 20 }, (_, i) => `P${String(i + 1).padStart(3, '0')}`);

  it('draws the sample computed independently (FNV-1a + mulberry32 + partial Fisher–Yates, Python reference)', () => {
    expect(drawSample(ids, 5, '2024-真实性核查')).toEqual(['P014', 'P013', 'P015', 'P018', 'P006']);
    expect(drawSample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3, 'seed-1')).toEqual([9, 6, 7]);
  });

  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j like the published FNV-1a 32-bit test vectors', (seed, hash) => {
    expect(hashSeed(seed)).toBe(hash);
  });

  it('generates the mulberry32 sequence of seed 0', () => {
    const next = mulberry32(0);
    expect([next(), next(), next()]).toEqual([1144304738, 1416247, 958946056]);
  });

  it('gives the same sample for the same seed', () => {
    expect(drawSample(ids, 5, 'county-2024')).toEqual(drawSample(ids, 5, 'county-2024'));
  });

  it('does not depend on the order the ids arrive in', () => {
    expect(drawSample([...ids].reverse(), 5, 'county-2024')).toEqual(drawSample(ids, 5, 'county-2024'));
  });

  it.each([
    ['seed-a', 'seed-b'],
    ['2024', '2025'],
    ['县财政局', '州财政局'],
  ])('gives a different sample for seeds %j and %j', (a, b) => {
    expect(drawSample(ids, 5, a)).not.toEqual(drawSample(ids, 5, b));
  });

  it.each([0, 1, 5, 20])('draws %s distinct ids from the population', (size) => {
    const sample = drawSample(ids, size, 'x');
    expect(sample).toHaveLength(size);
    expect(new Set(sample).size).toBe(size);
    for (const id of sample) expect(ids).toContain(id);
  });

  it('sorts numbers numerically, not as text, before drawing', () => {
    expect(drawSample([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 3, 'seed-1')).toEqual([9, 6, 7]);
  });

  it('does not change the ids it is given', () => {
    const given = ['c', 'a', 'b'];
    drawSample(given, 2, 'x');
    expect(given).toEqual(['c', 'a', 'b']);
  });

  it.each([
    [
      'a size above the population',
      ids,
      21,
      'x',
      'size: 须为0到20之间的整数 / must be an integer from 0 to 20 (got 21)',
    ],
    ['a negative size', ids, -1, 'x', 'size: 须为0到20之间的整数'],
    ['a fractional size', ids, 1.5, 'x', 'size: 须为0到20之间的整数'],
    ['an empty seed', ids, 1, '', 'seed: 须为非空字符串 / must be a non-empty string'],
    ['duplicate ids', ['a', 'b', 'a'], 1, 'x', 'ids: 编号重复：a / duplicate id a'],
    ['a NaN id', [1, Number.NaN], 1, 'x', 'ids[1]: 编号须为字符串或有限数字'],
  ])('rejects %s', (_name, given, size, seed, message) => {
    expect(() => drawSample(given as string[], size, seed)).toThrow(message);
  });
});
