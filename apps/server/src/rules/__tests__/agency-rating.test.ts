import type { AgencyRating } from '@jixiao/schema/enums';
import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import { describe, expect, it } from 'vitest';
import { type AgencyRatingInput, agencyRating, agencyWorkComponents, ratingOf } from '../agency-rating.js';
import type { ScoreInput } from '../score.js';

const rules = DEFAULT_RULE_SET.agencyRating; // weights 20/40/20/20, bands 90/75/60

function all(score: ScoreInput): AgencyRatingInput {
  return { quantity: score, quality: score, effect: score, satisfaction: score };
}

describe('agencyRating', () => {
  it.each<[string, AgencyRatingInput, string, AgencyRating]>([
    ['rates full marks A', all(100), '100.00', 'A'],
    ['rates 90.00 A', all('90.00'), '90.00', 'A'],
    ['rates 89.99 B', all('89.99'), '89.99', 'B'],
    ['rates 75.00 B', all('75.00'), '75.00', 'B'],
    ['rates 74.99 C', all('74.99'), '74.99', 'C'],
    ['rates 60.00 C', all(60), '60.00', 'C'],
    ['rates 59.99 D', all(59.99), '59.99', 'D'],
    ['rates zero D', all(0), '0.00', 'D'],
    // 20×90.01 + 40×74.99 + 20×60 + 20×88.88 = 1800.2 + 2999.6 + 1200 + 1777.6 = 7777.4 → 77.774 → 77.77
    [
      'weights the four parts 20/40/20/20',
      { quantity: '90.01', quality: '74.99', effect: 60, satisfaction: '88.88' },
      '77.77',
      'B',
    ],
    // 1500 + 3000 + 1499.8 + 1500.2 = 7500 → 75.00
    [
      'lands exactly on 75.00 from uneven parts',
      { quantity: 75, quality: 75, effect: '74.99', satisfaction: '75.01' },
      '75.00',
      'B',
    ],
    // 1600 + 2899.6 + 1500 + 1500 = 7499.6 → 74.996 → 75.00: the published score decides the rating
    [
      'rounds 74.996 up to 75.00 and rates it B',
      { quantity: 80, quality: '72.49', effect: 75, satisfaction: 75 },
      '75.00',
      'B',
    ],
    // 1600 + 2899.2 + 1500 + 1500 = 7499.2 → 74.992 → 74.99
    [
      'rounds 74.992 down to 74.99 and rates it C',
      { quantity: 80, quality: '72.48', effect: 75, satisfaction: 75 },
      '74.99',
      'C',
    ],
  ])('%s', (_name, input, score, rating) => {
    expect(agencyRating(input, rules)).toEqual({ score, rating });
  });

  it.each<[string, AgencyRatingInput, string]>([
    // 50 × 0.01% = 0.005 → 0.01
    ['rounds a half-hundredth up', { quantity: '0.01', quality: 0, effect: 0, satisfaction: 0 }, '0.01'],
    // 0.005 + 0.005 = 0.01 exactly: rounded once on the total (per part it would be 0.02)
    ['rounds once, on the total', { quantity: '0.01', quality: '0.01', effect: 0, satisfaction: 0 }, '0.01'],
    // 50 × 0.03% = 0.015 → 0.02
    ['rounds 0.015 up to 0.02', { quantity: '0.03', quality: 0, effect: 0, satisfaction: 0 }, '0.02'],
  ])('%s (weights 50/50/0/0)', (_name, input, score) => {
    const custom = { ...rules, weights: { quantity: 50, quality: 50, effect: 0, satisfaction: 0 } };
    expect(agencyRating(input, custom).score).toBe(score);
  });

  it.each<[ScoreInput, AgencyRating]>([
    ['95.00', 'A'],
    ['94.99', 'B'],
    ['80.00', 'B'],
    ['79.99', 'C'],
    ['65.00', 'C'],
    ['64.99', 'D'],
  ])('takes the bands from the rule set (95/80/65): %s → %s', (score, rating) => {
    expect(agencyRating(all(score), { ...rules, bands: { A: 95, B: 80, C: 65 } }).rating).toBe(rating);
  });

  it.each([
    [
      'a quality of 101',
      { ...all(80), quality: 101 },
      rules,
      'quality: 须在0到100之间 / must be between 0 and 100 (got 101)',
    ],
    ['an effect "abc"', { ...all(80), effect: 'abc' }, rules, 'effect: 不是有效的十进制数'],
    ['a negative quantity', { ...all(80), quantity: -1 }, rules, 'quantity: 不得为负数'],
    [
      'a satisfaction with three decimals',
      { ...all(80), satisfaction: '80.001' },
      rules,
      'satisfaction: 小数位数不得超过2位',
    ],
    [
      'weights adding up to 90',
      all(80),
      { ...rules, weights: { quantity: 20, quality: 30, effect: 20, satisfaction: 20 } },
      'agencyRating.weights: 权重之和须为100（当前为90.00） / weights must add up to 100 (they add up to 90.00)',
    ],
    [
      'bands that do not descend',
      all(80),
      { ...rules, bands: { A: 90, B: 60, C: 75 } },
      'agencyRating.bands: 评级分数线须依次递减 / bands must descend: A > B > C',
    ],
  ])('rejects %s', (_name, input, ruleSet, message) => {
    expect(() => agencyRating(input, ruleSet)).toThrow(message);
  });
});

describe('ratingOf', () => {
  it.each<[ScoreInput, AgencyRating]>([
    [100, 'A'],
    ['90.00', 'A'],
    ['89.99', 'B'],
    ['75.00', 'B'],
    ['74.99', 'C'],
    [74.99, 'C'],
    ['60.00', 'C'],
    ['59.99', 'D'],
  ])('rates %s as %s', (score, rating) => {
    expect(ratingOf(score, rules)).toBe(rating);
  });
});

describe('agencyWorkComponents', () => {
  const base = { assigned: 4, completed: 4, onTime: 4, findings: 8, findingsUpheld: 8, reworks: 0 };
  it.each([
    ['all done on time, all findings upheld', base, { quantity: '100.00', quality: '100.00', effect: '100.00' }],
    [
      '3 of 4 completed, 2 of them on time',
      { ...base, completed: 3, onTime: 2 },
      { quantity: '75.00', quality: '100.00', effect: '66.67' },
    ],
    [
      '6 of 8 findings upheld and one rework',
      { ...base, findingsUpheld: 6, reworks: 1 },
      { quantity: '100.00', quality: '65.00', effect: '100.00' },
    ],
    [
      'no findings is full quality',
      { ...base, findings: 0, findingsUpheld: 0 },
      { quantity: '100.00', quality: '100.00', effect: '100.00' },
    ],
    [
      'reworks never push quality below 0',
      { ...base, reworks: 20 },
      { quantity: '100.00', quality: '0.00', effect: '100.00' },
    ],
    [
      'nothing assigned scores 0 on quantity, quality and effect: no work is never full quality',
      { assigned: 0, completed: 0, onTime: 0, findings: 0, findingsUpheld: 0, reworks: 0 },
      { quantity: '0.00', quality: '0.00', effect: '0.00' },
    ],
    [
      'work assigned but none completed has no quality either',
      { assigned: 3, completed: 0, onTime: 0, findings: 0, findingsUpheld: 0, reworks: 0 },
      { quantity: '0.00', quality: '0.00', effect: '0.00' },
    ],
    [
      '1 of 3 rounds half-up to 33.33',
      { ...base, assigned: 3, completed: 1, onTime: 1 },
      { quantity: '33.33', quality: '100.00', effect: '100.00' },
    ],
  ])('%s', (_n, work, expected) => {
    expect(agencyWorkComponents(work)).toEqual(expected);
  });

  it.each([
    ['completed above assigned', { ...base, completed: 5 }, 'completed'],
    ['on time above completed', { ...base, onTime: 5 }, 'onTime'],
    ['upheld above findings', { ...base, findingsUpheld: 9 }, 'findingsUpheld'],
    ['a negative count', { ...base, reworks: -1 }, 'reworks'],
  ])('rejects %s, naming the field', (_n, work, field) => {
    expect(() => agencyWorkComponents(work)).toThrow(new RegExp(`^${field}:`));
  });
});
