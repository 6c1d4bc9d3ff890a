import { DEFAULT_RULE_SET, type CheckpointRule, type RuleSet } from '@jixiao/schema/rule-defaults';
import { describe, expect, it } from 'vitest';
import {
  type FlagAction,
  type FlagSituation,
  type KeyIndicatorReport,
  checkpointDates,
  keyIndicatorDeviates,
  monitoringVerdict,
  nextFlagAction,
  plannedAtCheckpoint,
  rectificationDeadline,
} from '../monitoring.js';

const rules = DEFAULT_RULE_SET.monitoring;
const [MAY, AUGUST] = rules.checkpoints; // 5/12 and 8/12 elapsed, reports due on the 10th

describe('monitoringVerdict: budget execution', () => {
  it.each([
    ['passes a May checkpoint when execution is exactly 5/12', MAY, '1200.00', '500.00', false, 50000, 120000],
    ['fails a May checkpoint when execution is one fen below 5/12', MAY, '1200.00', '499.99', true, 49999, 120000],
    ['passes a May checkpoint one fen above 5/12', MAY, '1200.00', '500.01', false, 50001, 120000],
    ['passes an August checkpoint when execution is exactly 8/12', AUGUST, '1200.00', '800.00', false, 80000, 120000],
    ['fails an August checkpoint one fen below 8/12', AUGUST, '1200.00', '799.99', true, 79999, 120000],
    ['fails a May checkpoint at 0.41 of 1.00 (0.41 < 0.41666…)', MAY, '1.00', '0.41', true, 41, 100],
    ['passes a May checkpoint at 0.42 of 1.00', MAY, '1.00', '0.42', false, 42, 100],
    ['passes when more than the budget is executed', MAY, '100.00', '150.00', false, 15000, 10000],
    ['fails a project with nothing executed', MAY, '100.00', '0.00', true, 0, 10000],
    // The county's May 2023 figures: 1.33 亿 of 4.68 亿 (28.4%) is below 5/12.
    ['fails the May 2023 county total (28.4%)', MAY, '468000000.00', '133000000.00', true, 13300000000, 46800000000],
    // August 2023: 4.66 亿 of 6.45 亿 (72.2%) is above 8/12.
    [
      'passes the August 2023 county total (72.2%)',
      AUGUST,
      '645000000.00',
      '466000000.00',
      false,
      46600000000,
      64500000000,
    ],
  ])('%s', (_name, checkpoint, budget, executed, failed, numerator, denominator) => {
    const verdict = monitoringVerdict({ budget, executed, keyIndicators: [] }, checkpoint, rules);
    expect(verdict).toEqual({
      failed,
      executionRate: { numerator, denominator },
      reasons: failed ? [{ code: 'EXECUTION_BELOW_ELAPSED' }] : [],
    });
  });

  it.each([
    ['0.00', '0.00'],
    ['0.00', '10.00'],
  ])(
    'never fails on execution when the budget is 0 (budget %s, executed %s): the rate is not applicable (null)',
    (budget, executed) => {
      expect(monitoringVerdict({ budget, executed, keyIndicators: [] }, MAY, rules)).toEqual({
        failed: false,
        executionRate: null,
        reasons: [],
      });
    },
  );

  it.each([
    ['49.99', true],
    ['50.00', false],
  ])('takes the elapsed share from the checkpoint rule (1/2: executed %s of 100.00 fails = %s)', (executed, failed) => {
    const half: CheckpointRule = { month: 6, elapsedShare: { numerator: 1, denominator: 2 }, reportDueDay: 10 };
    expect(monitoringVerdict({ budget: '100.00', executed, keyIndicators: [] }, half, rules).failed).toBe(failed);
  });
});

describe('monitoringVerdict: key indicators', () => {
  const dev20 = { numerator: 20, denominator: 100 };

  it.each<[string, KeyIndicatorReport['comparator'], string, string, boolean]>([
    ['passes GE at exactly 20% below plan', 'GE', '100', '80', false],
    ['fails GE at 20.01% below plan', 'GE', '100', '79.99', true],
    ['fails GE at 20.0001% below plan', 'GE', '100', '79.9999', true],
    ['passes GE at 19.9999% below plan', 'GE', '100', '80.0001', false],
    ['passes GE when the plan is exceeded', 'GE', '100', '150', false],
    ['passes GT at exactly 20% below plan', 'GT', '100', '80', false],
    ['fails GT at 20.01% below plan', 'GT', '100', '79.99', true],
    ['passes LE at exactly 20% above plan', 'LE', '100', '120', false],
    ['fails LE at 20.01% above plan', 'LE', '100', '120.01', true],
    ['passes LE well under plan', 'LE', '100', '50', false],
    ['passes LT at exactly 20% above plan', 'LT', '100', '120', false],
    ['fails LT at 20.0001% above plan', 'LT', '100', '120.0001', true],
    ['passes EQ on plan', 'EQ', '100', '100', false],
    ['passes EQ at exactly 20% below plan', 'EQ', '100', '80', false],
    ['passes EQ at exactly 20% above plan', 'EQ', '100', '120', false],
    ['fails EQ at 20.01% below plan', 'EQ', '100', '79.99', true],
    ['fails EQ at 20.01% above plan', 'EQ', '100', '120.01', true],
    ['passes GE 95.5 at 76.4 (exactly 20% below)', 'GE', '95.5', '76.4', false],
    ['fails GE 95.5 at 76.3999', 'GE', '95.5', '76.3999', true],
    ['passes LE 0.9875 at 1.185 (exactly 20% above)', 'LE', '0.9875', '1.185', false],
    ['fails LE 0.9875 at 1.1851', 'LE', '0.9875', '1.1851', true],
    ['passes GE 0 at 0', 'GE', '0', '0', false],
    ['fails GE 0 below zero', 'GE', '0', '-0.0001', true],
    ['fails LE 0 above zero', 'LE', '0', '0.0001', true],
    ['passes EQ 0 at 0', 'EQ', '0', '0.0000', false],
    ['fails EQ 0 off zero', 'EQ', '0', '0.0001', true],
    ['passes GE of a negative target (−10) at −12 (tolerance on |plan|)', 'GE', '-10', '-12', false],
    ['fails GE of a negative target (−10) at −12.0001', 'GE', '-10', '-12.0001', true],
    ['passes LE of a negative target (−10) at −8', 'LE', '-10', '-8', false],
    ['fails LE of a negative target (−10) at −7.9999', 'LE', '-10', '-7.9999', true],
    ['never fails a QUALITATIVE indicator, whatever its text', 'QUALITATIVE', '达标', '未达标', false],
  ])('%s', (_name, comparator, planned, actual, deviates) => {
    expect(keyIndicatorDeviates({ comparator, planned, actual }, dev20)).toBe(deviates);
    const verdict = monitoringVerdict(
      { budget: '100.00', executed: '100.00', keyIndicators: [{ comparator, planned, actual }] },
      MAY,
      rules,
    );
    expect(verdict.failed).toBe(deviates);
    expect(verdict.reasons).toEqual(deviates ? [{ code: 'KEY_INDICATOR_DEVIATION', indicatorIndex: 0 }] : []);
  });

  it.each<[string, { numerator: number; denominator: number }, string, boolean]>([
    ['passes at exactly 10% below plan with a 10% allowance', { numerator: 1, denominator: 10 }, '90', false],
    ['fails at 10.01% below plan with a 10% allowance', { numerator: 1, denominator: 10 }, '89.99', true],
    ['fails any shortfall with no allowance', { numerator: 0, denominator: 1 }, '99.9999', true],
    ['passes on plan with no allowance', { numerator: 0, denominator: 1 }, '100', false],
  ])('%s (deviation from the rule set)', (_name, maxKeyIndicatorDeviation, actual, failed) => {
    const custom: RuleSet['monitoring'] = { ...rules, maxKeyIndicatorDeviation };
    const verdict = monitoringVerdict(
      { budget: '100.00', executed: '100.00', keyIndicators: [{ comparator: 'GE', planned: '100', actual }] },
      MAY,
      custom,
    );
    expect(verdict.failed).toBe(failed);
  });

  it('lists execution first, then every failing indicator by its index', () => {
    const verdict = monitoringVerdict(
      {
        budget: '1200.00',
        executed: '499.99',
        keyIndicators: [
          { comparator: 'GE', planned: '100', actual: '80' },
          { comparator: 'GE', planned: '100', actual: '79.99' },
          { comparator: 'QUALITATIVE', planned: '良好', actual: '差' },
          { comparator: 'LE', planned: '10', actual: '12.01' },
        ],
      },
      MAY,
      rules,
    );
    expect(verdict).toEqual({
      failed: true,
      executionRate: { numerator: 49999, denominator: 120000 },
      reasons: [
        { code: 'EXECUTION_BELOW_ELAPSED' },
        { code: 'KEY_INDICATOR_DEVIATION', indicatorIndex: 1 },
        { code: 'KEY_INDICATOR_DEVIATION', indicatorIndex: 3 },
      ],
    });
  });

  it('fails on an indicator alone when execution is on track', () => {
    const verdict = monitoringVerdict(
      { budget: '1200.00', executed: '500.00', keyIndicators: [{ comparator: 'EQ', planned: '50', actual: '39.99' }] },
      MAY,
      rules,
    );
    expect(verdict).toEqual({
      failed: true,
      executionRate: { numerator: 50000, denominator: 120000 },
      reasons: [{ code: 'KEY_INDICATOR_DEVIATION', indicatorIndex: 0 }],
    });
  });
});

describe('monitoringVerdict: bad input', () => {
  const ok = { budget: '100.00', executed: '50.00', keyIndicators: [] as KeyIndicatorReport[] };

  it.each([
    ['a negative budget', { ...ok, budget: '-1.00' }, 'budget: 不得为负数 / must not be negative (got "-1.00")'],
    ['a budget with three decimals', { ...ok, budget: '1.234' }, 'budget: 小数位数不得超过2位'],
    ['a NaN budget', { ...ok, budget: 'NaN' }, 'budget: 不是有效的十进制数'],
    [
      'an executed amount "abc"',
      { ...ok, executed: 'abc' },
      'executed: 不是有效的十进制数 / is not a decimal number (got "abc")',
    ],
    ['a negative executed amount', { ...ok, executed: '-0.01' }, 'executed: 不得为负数'],
    ['a numeric budget', { ...ok, budget: 100 as unknown as string }, 'budget: 须为十进制字符串'],
    [
      'a planned value "abc"',
      { ...ok, keyIndicators: [{ comparator: 'GE', planned: 'abc', actual: '1' }] },
      'keyIndicators[0].planned: 不是有效的十进制数',
    ],
    [
      'an actual value with five decimals',
      { ...ok, keyIndicators: [{ comparator: 'GE', planned: '1', actual: '1.00001' }] },
      'keyIndicators[0].actual: 小数位数不得超过4位',
    ],
    [
      'an unknown comparator',
      { ...ok, keyIndicators: [{ comparator: 'GTE', planned: '1', actual: '1' }] },
      'keyIndicators[0].comparator: 比较符须为 GE、LE、EQ、GT、LT 或 QUALITATIVE / must be one of GE, LE, EQ, GT, LT, QUALITATIVE (got GTE)',
    ],
    [
      'indicators that are not a list',
      { ...ok, keyIndicators: null },
      'keyIndicators: 须为指标列表 / must be a list of indicators',
    ],
  ])('rejects %s, naming the field', (_name, report, message) => {
    expect(() => monitoringVerdict(report as never, MAY, rules)).toThrow(message);
  });

  it('rejects an elapsed share with a zero denominator', () => {
    const bad = { month: 5, elapsedShare: { numerator: 5, denominator: 0 }, reportDueDay: 10 };
    expect(() => monitoringVerdict(ok, bad, rules)).toThrow('checkpoint.elapsedShare: 分母须为正整数');
  });
});

describe('nextFlagAction', () => {
  const Y = { level: 'YELLOW' as const };
  const R = { level: 'RED' as const };

  it.each<[string, FlagSituation, FlagAction]>([
    [
      'does nothing when the checkpoint passes and no flag is open',
      { openFlag: null, consecutiveFailuresBefore: 0, failed: false },
      'NONE',
    ],
    [
      'leaves an open yellow flag alone when the checkpoint passes (closed only by a person)',
      { openFlag: Y, consecutiveFailuresBefore: 1, failed: false },
      'NONE',
    ],
    [
      'leaves an open red flag alone when the checkpoint passes',
      { openFlag: R, consecutiveFailuresBefore: 2, failed: false },
      'NONE',
    ],
    [
      'raises a yellow flag on a first failure',
      { openFlag: null, consecutiveFailuresBefore: 0, failed: true },
      'RAISE_YELLOW',
    ],
    [
      'escalates an open yellow flag to red on a second failure in a row',
      { openFlag: Y, consecutiveFailuresBefore: 1, failed: true },
      'ESCALATE_TO_RED',
    ],
    [
      'raises a red flag on a second failure in a row when the yellow was closed in between',
      { openFlag: null, consecutiveFailuresBefore: 1, failed: true },
      'RAISE_RED',
    ],
    [
      'keeps a red flag red on a further failure',
      { openFlag: R, consecutiveFailuresBefore: 2, failed: true },
      'KEEP_RED',
    ],
    [
      'keeps a red flag red on a failure after a pass (never downgrades)',
      { openFlag: R, consecutiveFailuresBefore: 0, failed: true },
      'KEEP_RED',
    ],
    [
      'keeps an old yellow flag when a failure follows a pass',
      { openFlag: Y, consecutiveFailuresBefore: 0, failed: true },
      'KEEP_YELLOW',
    ],
    [
      'raises red after a long run of failures with no flag open',
      { openFlag: null, consecutiveFailuresBefore: 5, failed: true },
      'RAISE_RED',
    ],
  ])('%s', (_name, situation, action) => {
    expect(nextFlagAction(situation, rules)).toBe(action);
  });

  it.each<[string, number, FlagSituation, FlagAction]>([
    [
      'with failuresForRed 3, a second failure in a row stays yellow',
      3,
      { openFlag: null, consecutiveFailuresBefore: 1, failed: true },
      'RAISE_YELLOW',
    ],
    [
      'with failuresForRed 3, a second failure keeps the open yellow',
      3,
      { openFlag: Y, consecutiveFailuresBefore: 1, failed: true },
      'KEEP_YELLOW',
    ],
    [
      'with failuresForRed 3, a third failure in a row escalates',
      3,
      { openFlag: Y, consecutiveFailuresBefore: 2, failed: true },
      'ESCALATE_TO_RED',
    ],
    [
      'with failuresForRed 1, a first failure is red at once',
      1,
      { openFlag: null, consecutiveFailuresBefore: 0, failed: true },
      'RAISE_RED',
    ],
    [
      'with failuresForRed 1, a failure escalates an old yellow',
      1,
      { openFlag: Y, consecutiveFailuresBefore: 0, failed: true },
      'ESCALATE_TO_RED',
    ],
  ])('%s', (_name, failuresForRed, situation, action) => {
    expect(nextFlagAction(situation, { failuresForRed })).toBe(action);
  });

  it.each([
    [
      { openFlag: null, consecutiveFailuresBefore: -1, failed: true },
      'consecutiveFailuresBefore: 须为非负整数 / must be a non-negative integer (got -1)',
    ],
    [{ openFlag: null, consecutiveFailuresBefore: 1.5, failed: true }, 'consecutiveFailuresBefore: 须为非负整数'],
    [
      { openFlag: { level: 'GREEN' }, consecutiveFailuresBefore: 0, failed: true },
      'openFlag.level: 须为 YELLOW 或 RED / must be YELLOW or RED (got GREEN)',
    ],
  ])('rejects %j', (situation, message) => {
    expect(() => nextFlagAction(situation as FlagSituation, rules)).toThrow(message);
  });

  it('rejects failuresForRed below 1', () => {
    expect(() =>
      nextFlagAction({ openFlag: null, consecutiveFailuresBefore: 0, failed: true }, { failuresForRed: 0 }),
    ).toThrow('failuresForRed: 须为正整数');
  });
});

describe('checkpointDates', () => {
  it.each<[string, number, number, number, string, string]>([
    ['end of May, due 10 June', 2024, 5, 10, '2024-05-31', '2024-06-10'],
    ['end of August, due 10 September', 2024, 8, 10, '2024-08-31', '2024-09-10'],
    ['end of June (30 days)', 2024, 6, 10, '2024-06-30', '2024-07-10'],
    ['end of April (30 days)', 2024, 4, 10, '2024-04-30', '2024-05-10'],
    ['end of February in a leap year', 2024, 2, 10, '2024-02-29', '2024-03-10'],
    ['end of February in a common year', 2023, 2, 10, '2023-02-28', '2023-03-10'],
    ['end of February 1900 (not a leap year)', 1900, 2, 10, '1900-02-28', '1900-03-10'],
    ['end of February 2000 (a leap year)', 2000, 2, 10, '2000-02-29', '2000-03-10'],
    ['December, due in January of the next year', 2024, 12, 10, '2024-12-31', '2025-01-10'],
    ['a due day past the end of February falls on its last day (leap)', 2024, 1, 31, '2024-01-31', '2024-02-29'],
    ['a due day past the end of February falls on its last day (common)', 2023, 1, 30, '2023-01-31', '2023-02-28'],
    ['a due day 31 in a 31-day month is kept', 2024, 6, 31, '2024-06-30', '2024-07-31'],
  ])('%s', (_name, year, month, reportDueDay, periodEnd, reportDue) => {
    expect(checkpointDates(year, { month, reportDueDay })).toEqual({ periodEnd, reportDue });
  });

  it('gives the default checkpoints of 2024 from the plan', () => {
    expect(rules.checkpoints.map((cp) => checkpointDates(2024, cp))).toEqual([
      { periodEnd: '2024-05-31', reportDue: '2024-06-10' },
      { periodEnd: '2024-08-31', reportDue: '2024-09-10' },
    ]);
  });

  it.each([
    [2024, 13, 10, 'checkpoint.month: 月份须为1到12 / must be a month 1–12 (got 13)'],
    [2024, 0, 10, 'checkpoint.month: 月份须为1到12'],
    [2024, 5, 0, 'checkpoint.reportDueDay: 日期须为1到31 / must be a day 1–31 (got 0)'],
    [2024, 5, 32, 'checkpoint.reportDueDay: 日期须为1到31'],
    [2024.5, 5, 10, 'year: 年份须为四位数'],
    [99, 5, 10, 'year: 年份须为四位数'],
  ])('rejects year %s, month %s, due day %s', (year, month, reportDueDay, message) => {
    expect(() => checkpointDates(year, { month, reportDueDay })).toThrow(message);
  });
});

describe('rectificationDeadline', () => {
  it.each([
    ['2024-06-10', 30, '2024-07-10'],
    ['2024-09-10', 30, '2024-10-10'],
    ['2024-12-10', 30, '2025-01-09'],
    ['2024-02-10', 30, '2024-03-11'],
    ['2023-02-10', 30, '2023-03-12'],
    ['2024-06-10', 15, '2024-06-25'],
    ['2024-06-10', 0, '2024-06-10'],
  ])('gives %s + %s days = %s', (reportDue, rectificationDays, deadline) => {
    expect(rectificationDeadline(reportDue, { rectificationDays })).toBe(deadline);
  });

  it('uses the rule set’s rectificationDays (30 by default)', () => {
    expect(rectificationDeadline('2024-06-10', rules)).toBe('2024-07-10');
  });

  it.each(['2024-02-30', '2023-02-29', '2024-6-10', '2024-13-01', 'abc', 20240610])('rejects the date %j', (date) => {
    expect(() => rectificationDeadline(date as string, rules)).toThrow('reportDue: 须为有效日期 YYYY-MM-DD');
  });

  it('rejects negative rectification days', () => {
    expect(() => rectificationDeadline('2024-06-10', { rectificationDays: -1 })).toThrow(
      'rectificationDays: 须为非负整数',
    );
  });
});

describe('plannedAtCheckpoint', () => {
  it.each([
    [
      'a count accrues pro rata: 1200 by May is 500',
      { comparator: 'GE', target: '1200', unitOfMeasure: '人次' },
      5,
      '500',
    ],
    [
      'rounding half-up to the 4th decimal: 100 by May is 41.6667',
      { comparator: 'GE', target: '100', unitOfMeasure: '个' },
      5,
      '41.6667',
    ],
    ['a rate is due in full at any checkpoint', { comparator: 'GE', target: '95', unitOfMeasure: '%' }, 5, '95'],
    ['a score is due in full', { comparator: 'GE', target: '90', unitOfMeasure: '分' }, 8, '90'],
    ['a ceiling (≤) is due in full', { comparator: 'LE', target: '3000.5', unitOfMeasure: '元/平方米' }, 8, '3000.5'],
    [
      'a qualitative indicator has no planned value',
      { comparator: 'QUALITATIVE', target: null, unitOfMeasure: '' },
      5,
      null,
    ],
    ['zero stays zero', { comparator: 'GE', target: '0', unitOfMeasure: '个' }, 5, '0'],
  ] as const)('%s', (_name, indicator, month, expected) => {
    expect(plannedAtCheckpoint(indicator as never, month)).toBe(expected);
  });
});
