import { describe, expect, it } from 'vitest';
import type { Comparator } from '@jixiao/schema/enums';
import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import { indicatorVerdict, keyIndicatorDeviates } from '../monitoring.js';

// Issue 10: the project page shows each indicator's verdict from this rule, the one the monitoring
// confirmation applies (keyIndicatorDeviates); the browser used a symmetric deviation instead.

const TWENTY = DEFAULT_RULE_SET.monitoring.maxKeyIndicatorDeviation;

describe('indicatorVerdict (default: 20% allowed)', () => {
  it.each<[Comparator, string, string, 'ON_PLAN' | 'OFF_PLAN', string | null]>([
    // ≥ and >: only falling short counts; 30% above a ≥ target is on plan.
    ['GE', '100', '130', 'ON_PLAN', '0.3000'],
    ['GE', '100', '100', 'ON_PLAN', '0.0000'],
    ['GE', '100', '80', 'ON_PLAN', '-0.2000'],
    ['GE', '100', '79.99', 'OFF_PLAN', '-0.2001'],
    ['GE', '100', '70', 'OFF_PLAN', '-0.3000'],
    ['GT', '100', '130', 'ON_PLAN', '0.3000'],
    ['GT', '100', '70', 'OFF_PLAN', '-0.3000'],
    // ≤ and <: only going over counts.
    ['LE', '100', '70', 'ON_PLAN', '-0.3000'],
    ['LE', '100', '120', 'ON_PLAN', '0.2000'],
    ['LE', '100', '130', 'OFF_PLAN', '0.3000'],
    ['LT', '100', '100', 'ON_PLAN', '0.0000'],
    ['LT', '100', '130', 'OFF_PLAN', '0.3000'],
    // =: both ways.
    ['EQ', '100', '130', 'OFF_PLAN', '0.3000'],
    ['EQ', '100', '120', 'ON_PLAN', '0.2000'],
    ['EQ', '100', '100', 'ON_PLAN', '0.0000'],
    ['EQ', '100', '70', 'OFF_PLAN', '-0.3000'],
    // Rounded half-up to four decimals for display; a negative target (a decline) on its magnitude.
    ['GE', '3', '2', 'OFF_PLAN', '-0.3333'],
    ['GE', '-10', '-13', 'OFF_PLAN', '-0.3000'],
    // A target of 0 has no relative deviation, yet is still judged.
    ['GE', '0', '5', 'ON_PLAN', null],
  ])('%s %s, actual %s: %s, deviation %s', (comparator, planned, actual, verdict, deviation) => {
    expect(indicatorVerdict({ comparator, planned, actual }, TWENTY)).toEqual({ verdict, deviation });
    // The same answer as the rule the confirmation uses.
    expect(verdict === 'OFF_PLAN').toBe(keyIndicatorDeviates({ comparator, planned, actual }, TWENTY));
  });

  it.each<[Comparator, string | null, string | null]>([
    ['QUALITATIVE', null, null],
    ['QUALITATIVE', '100', '10'],
    ['GE', '100', null],
    ['GE', null, '100'],
    ['EQ', '好', '较好'],
  ])('does not judge %s (planned %s, actual %s)', (comparator, planned, actual) => {
    expect(indicatorVerdict({ comparator, planned, actual }, TWENTY)).toEqual({
      verdict: 'NOT_JUDGED',
      deviation: null,
    });
  });

  it('follows the year’s rule: with 35% allowed, 30% short of a ≥ target is on plan', () => {
    const loose = { numerator: 35, denominator: 100 };
    expect(indicatorVerdict({ comparator: 'GE', planned: '100', actual: '70' }, loose).verdict).toBe('ON_PLAN');
  });
});
