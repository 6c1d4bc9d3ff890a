import { DEFAULT_RULE_SET, type RuleSet } from '@jixiao/schema/rule-defaults';
import { describe, expect, it } from 'vitest';
import { gradeOf } from '../evaluation.js';
import { RuleSetError, parseRuleSet, ruleSetIssues } from '../rule-set.js';

// Rule sets arrive as untyped JSON; the tests break them on purpose, so they edit them untyped too.

type Json = any;

/** A deep copy of the defaults with one change applied, as JSON would deliver it. */
function variant(change: (r: Json) => void): unknown {
  const copy = JSON.parse(JSON.stringify(DEFAULT_RULE_SET));
  change(copy);
  return copy;
}

describe('parseRuleSet: valid rule sets', () => {
  it('accepts the defaults and returns an equal copy, not the same object', () => {
    const parsed = parseRuleSet(DEFAULT_RULE_SET);
    expect(parsed).toEqual(DEFAULT_RULE_SET);
    expect(parsed).not.toBe(DEFAULT_RULE_SET);
    expect(parsed.monitoring.checkpoints[0]).not.toBe(DEFAULT_RULE_SET.monitoring.checkpoints[0]);
  });

  it('accepts the defaults after a JSON round trip', () => {
    expect(parseRuleSet(JSON.parse(JSON.stringify(DEFAULT_RULE_SET)))).toEqual(DEFAULT_RULE_SET);
  });

  it.each<[string, (r: Json) => void]>([
    [
      'weights with two decimals adding up to 100',
      (r) => (r.evaluation.weights = { execution: 10, output: 33.33, benefit: 33.33, satisfaction: 23.34 }),
    ],
    ['a single checkpoint', (r) => r.monitoring.checkpoints.pop()],
    [
      'three checkpoints in order',
      (r) =>
        r.monitoring.checkpoints.push({
          month: 10,
          elapsedShare: { numerator: 10, denominator: 12 },
          reportDueDay: 10,
        }),
    ],
    [
      'a POOR cut equal to the MEDIUM cut',
      (r) => (r.resultApplication.cutShare.POOR = { numerator: 1, denominator: 10 }),
    ],
    ['a deviation above 100%', (r) => (r.monitoring.maxKeyIndicatorDeviation = { numerator: 3, denominator: 2 })],
    ['bands with decimals', (r) => (r.evaluation.gradeBands = { EXCELLENT: 89.5, GOOD: 79.5, MEDIUM: 59.5 })],
    ['no key evaluations required', (r) => (r.keyEvaluation.minProjects = 0)],
    ['key evaluations due on 29 February', (r) => (r.keyEvaluation.due = { month: 2, day: 29 })],
  ])('accepts %s', (_name, change) => {
    const json = variant(change);
    expect(parseRuleSet(json)).toEqual(json);
    expect(ruleSetIssues(json)).toEqual([]);
  });

  it('gives rules the other functions can use', () => {
    const parsed = parseRuleSet(variant((r) => (r.evaluation.gradeBands = { EXCELLENT: 95, GOOD: 85, MEDIUM: 70 })));
    expect(gradeOf('94.99', parsed.evaluation)).toBe('GOOD');
  });
});

describe('parseRuleSet: invalid rule sets', () => {
  it.each<[string, (r: Json) => void, string]>([
    [
      'evaluation weights adding up to 90',
      (r) => (r.evaluation.weights.output = 40),
      'evaluation.weights: 权重之和须为100（当前为90.00） / weights must add up to 100 (they add up to 90.00)',
    ],
    [
      'agency weights adding up to 101',
      (r) => (r.agencyRating.weights.quality = 41),
      'agencyRating.weights: 权重之和须为100（当前为101.00） / weights must add up to 100 (they add up to 101.00)',
    ],
    [
      'a negative weight',
      (r) => (r.evaluation.weights.execution = -10),
      'evaluation.weights.execution: 须为0到100之间、最多两位小数的数 / must be a number 0–100 with at most two decimals (got -10)',
    ],
    [
      'a weight with three decimals',
      (r) => (r.evaluation.weights.execution = 10.005),
      'evaluation.weights.execution: 须为0到100之间、最多两位小数的数',
    ],
    [
      'a weight given as a string',
      (r) => (r.evaluation.weights.execution = '10'),
      'evaluation.weights.execution: 须为0到100之间、最多两位小数的数 / must be a number 0–100 with at most two decimals (got "10")',
    ],
    ['a missing weight', (r) => delete r.evaluation.weights.output, 'evaluation.weights.output: 缺少字段 / is missing'],
    [
      'grade bands that do not descend',
      (r) => (r.evaluation.gradeBands.GOOD = 90),
      'evaluation.gradeBands: 分数线须依次递减（EXCELLENT > GOOD > MEDIUM） / bands must descend (EXCELLENT > GOOD > MEDIUM); GOOD is not below EXCELLENT',
    ],
    [
      'grade bands in the wrong order',
      (r) => (r.evaluation.gradeBands.MEDIUM = 85),
      'evaluation.gradeBands: 分数线须依次递减（EXCELLENT > GOOD > MEDIUM） / bands must descend (EXCELLENT > GOOD > MEDIUM); MEDIUM is not below GOOD',
    ],
    [
      'a grade band above 100',
      (r) => (r.evaluation.gradeBands.EXCELLENT = 100.5),
      'evaluation.gradeBands.EXCELLENT: 须为0到100之间、最多两位小数的数',
    ],
    [
      'agency bands that do not descend',
      (r) => (r.agencyRating.bands.C = 80),
      'agencyRating.bands: 分数线须依次递减（A > B > C） / bands must descend (A > B > C); C is not below B',
    ],
    [
      'a rectification threshold with three decimals',
      (r) => (r.evaluation.transferPaymentRectifyBelow = 89.999),
      'evaluation.transferPaymentRectifyBelow: 须为0到100之间、最多两位小数的数',
    ],
    [
      'a checkpoint in month 13',
      (r) => (r.monitoring.checkpoints[0].month = 13),
      'monitoring.checkpoints[0].month: 须为整数（1–12） / must be an integer 1–12 (got 13)',
    ],
    [
      'a checkpoint in month 0',
      (r) => (r.monitoring.checkpoints[1].month = 0),
      'monitoring.checkpoints[1].month: 须为整数（1–12） / must be an integer 1–12 (got 0)',
    ],
    [
      'a fractional checkpoint month',
      (r) => (r.monitoring.checkpoints[0].month = 5.5),
      'monitoring.checkpoints[0].month: 须为整数（1–12）',
    ],
    [
      'checkpoints out of order',
      (r) => r.monitoring.checkpoints.reverse(),
      'monitoring.checkpoints: 检查点月份须按升序排列且不重复 / checkpoint months must be ascending and distinct',
    ],
    [
      'two checkpoints in the same month',
      (r) => (r.monitoring.checkpoints[1].month = 5),
      'monitoring.checkpoints: 检查点月份须按升序排列且不重复',
    ],
    [
      'no checkpoints',
      (r) => (r.monitoring.checkpoints = []),
      'monitoring.checkpoints: 须为非空列表 / must be a non-empty list',
    ],
    [
      'an elapsed share with a zero denominator',
      (r) => (r.monitoring.checkpoints[1].elapsedShare.denominator = 0),
      'monitoring.checkpoints[1].elapsedShare.denominator: 分母须为正整数 / denominator must be a positive integer (got 0)',
    ],
    [
      'an elapsed share above 1',
      (r) => (r.monitoring.checkpoints[0].elapsedShare = { numerator: 13, denominator: 12 }),
      'monitoring.checkpoints[0].elapsedShare: 比例不得大于1 / must not be more than 1',
    ],
    [
      'a report due day of 32',
      (r) => (r.monitoring.checkpoints[0].reportDueDay = 32),
      'monitoring.checkpoints[0].reportDueDay: 须为整数（1–31）',
    ],
    [
      'a negative deviation numerator',
      (r) => (r.monitoring.maxKeyIndicatorDeviation.numerator = -1),
      'monitoring.maxKeyIndicatorDeviation.numerator: 分子须为非负整数 / numerator must be a non-negative integer (got -1)',
    ],
    [
      'a fractional deviation numerator',
      (r) => (r.monitoring.maxKeyIndicatorDeviation.numerator = 0.2),
      'monitoring.maxKeyIndicatorDeviation.numerator: 分子须为非负整数',
    ],
    [
      'failuresForRed of 0',
      (r) => (r.monitoring.failuresForRed = 0),
      'monitoring.failuresForRed: 须为整数（≥ 1） / must be an integer ≥ 1 (got 0)',
    ],
    [
      'rectification days as a string',
      (r) => (r.monitoring.rectificationDays = '30'),
      'monitoring.rectificationDays: 须为整数（≥ 1） / must be an integer ≥ 1 (got "30")',
    ],
    ['a unit-wide month of 13', (r) => (r.monitoring.unitWideMonth = 13), 'monitoring.unitWideMonth: 须为整数（1–12）'],
    [
      'a negative department share denominator',
      (r) => (r.departmentEvaluation.minBudgetShare.denominator = -100),
      'departmentEvaluation.minBudgetShare.denominator: 分母须为正整数',
    ],
    [
      'a department share above 1',
      (r) => (r.departmentEvaluation.minBudgetShare = { numerator: 101, denominator: 100 }),
      'departmentEvaluation.minBudgetShare: 比例不得大于1',
    ],
    [
      'a sample share above 1',
      (r) => (r.authenticity.minSampleShare = { numerator: 11, denominator: 10 }),
      'authenticity.minSampleShare: 比例不得大于1',
    ],
    [
      'a negative number of key evaluations',
      (r) => (r.keyEvaluation.minProjects = -1),
      'keyEvaluation.minProjects: 须为整数（≥ 0）',
    ],
    [
      'a key-evaluation deadline on 31 June',
      (r) => (r.keyEvaluation.due = { month: 6, day: 31 }),
      'keyEvaluation.due.day: 须为整数（1–30）',
    ],
    [
      'a key-evaluation deadline without a month',
      (r) => delete r.keyEvaluation.due.month,
      'keyEvaluation.due.month: 缺少字段',
    ],
    [
      'a POOR cut smaller than the MEDIUM cut',
      (r) => (r.resultApplication.cutShare.POOR = { numerator: 5, denominator: 100 }),
      'resultApplication.cutShare: 差的压减比例不得低于中 / the POOR cut must not be smaller than the MEDIUM cut',
    ],
    [
      'a cut share above 1',
      (r) => (r.resultApplication.cutShare.POOR = { numerator: 2, denominator: 1 }),
      'resultApplication.cutShare.POOR: 比例不得大于1',
    ],
    [
      'a reassessment threshold as a number',
      (r) => (r.exAnte.agencyReassessmentFrom = 500000),
      'exAnte.agencyReassessmentFrom: 须为非负金额字符串（元，最多两位小数） / must be a non-negative amount in yuan with at most two decimals, as a string (got 500000)',
    ],
    [
      'a negative reassessment threshold',
      (r) => (r.exAnte.agencyReassessmentFrom = '-1.00'),
      'exAnte.agencyReassessmentFrom: 须为非负金额字符串',
    ],
    [
      'a reassessment threshold with three decimals',
      (r) => (r.exAnte.agencyReassessmentFrom = '500000.001'),
      'exAnte.agencyReassessmentFrom: 须为非负金额字符串',
    ],
    [
      'a misspelt field',
      (r) => (r.evaluation.weigths = r.evaluation.weights),
      'evaluation.weigths: 未知字段 / unknown field',
    ],
    ['an unknown top-level field', (r) => (r.extra = true), 'extra: 未知字段 / unknown field'],
    ['a missing section', (r) => delete r.agencyRating, 'agencyRating: 缺少字段 / is missing'],
    ['a section that is not an object', (r) => (r.keyEvaluation = 5), 'keyEvaluation: 须为对象 / must be an object'],
    ['checkpoints that are not a list', (r) => (r.monitoring.checkpoints = {}), 'monitoring.checkpoints: 须为非空列表'],
  ])('rejects %s, naming the field in Chinese and English', (_name, change, line) => {
    expect(() => parseRuleSet(variant(change))).toThrow(line);
  });

  it.each([
    [null, '(root): 须为对象 / must be an object'],
    [[], '(root): 须为对象 / must be an object'],
    ['rules', '(root): 须为对象 / must be an object'],
    [undefined, '(root): 缺少字段 / is missing'],
  ])('rejects %j as a whole', (json, line) => {
    expect(() => parseRuleSet(json)).toThrow(line);
  });

  it('lists every problem at once, one per line', () => {
    const json = variant((r) => {
      r.evaluation.weights.output = 40;
      r.agencyRating.bands.C = 80;
      r.monitoring.checkpoints[0].month = 13;
    });
    let error: unknown;
    try {
      parseRuleSet(json);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).issues.map((i) => i.path)).toEqual([
      'monitoring.checkpoints[0].month',
      'evaluation.weights',
      'agencyRating.bands',
    ]);
    expect((error as Error).message).toBe(
      [
        '规则集无效 / invalid rule set:',
        'monitoring.checkpoints[0].month: 须为整数（1–12） / must be an integer 1–12 (got 13)',
        'evaluation.weights: 权重之和须为100（当前为90.00） / weights must add up to 100 (they add up to 90.00)',
        'agencyRating.bands: 分数线须依次递减（A > B > C） / bands must descend (A > B > C); C is not below B',
      ].join('\n'),
    );
  });

  it('returns the issues without throwing through ruleSetIssues', () => {
    expect(ruleSetIssues(variant((r) => (r.keyEvaluation.minProjects = -1)))).toEqual([
      { path: 'keyEvaluation.minProjects', zh: '须为整数（≥ 0）', en: 'must be an integer ≥ 0 (got -1)' },
    ]);
  });

  it('does not let a typed-but-wrong RuleSet through', () => {
    const bad: RuleSet = {
      ...DEFAULT_RULE_SET,
      keyEvaluation: { ...DEFAULT_RULE_SET.keyEvaluation, minProjects: 2.5 },
    };
    expect(() => parseRuleSet(bad)).toThrow(
      'keyEvaluation.minProjects: 须为整数（≥ 0） / must be an integer ≥ 0 (got 2.5)',
    );
  });
});
