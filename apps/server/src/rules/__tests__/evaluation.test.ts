import type { Grade } from '@jixiao/schema/enums';
import { DEFAULT_RULE_SET, type RuleSet } from '@jixiao/schema/rule-defaults';
import { describe, expect, it } from 'vitest';
import {
  type FinalGradeInput,
  type GradeCapCode,
  capNote,
  finalGrade,
  gradeOf,
  needsTransferPaymentRectification,
  selfEvaluationScore,
} from '../evaluation.js';
import type { ScoreInput } from '../score.js';

const rules = DEFAULT_RULE_SET.evaluation; // weights 10/50/30/10, bands 90/80/60

describe('selfEvaluationScore', () => {
  it.each<[string, string, string, ScoreInput, ScoreInput, ScoreInput, [string, string, string, string], string]>([
    [
      'gives 100.00 for full execution and full completion',
      '1000.00',
      '1000.00',
      100,
      100,
      100,
      ['10.00', '50.00', '30.00', '10.00'],
      '100.00',
    ],
    [
      'gives 0.00 for nothing executed and nothing completed',
      '1000.00',
      '0.00',
      0,
      0,
      0,
      ['0.00', '0.00', '0.00', '0.00'],
      '0.00',
    ],
    // exec 10 × 499.99/1200 = 4.16658… → 4.17; output 50 × 87.33% = 43.665 → 43.67; benefit 30 × 91.5% = 27.45;
    // satisfaction 10 × 95% = 9.50; total 84.79.
    [
      'weights and rounds each part half-up, then adds the parts',
      '1200.00',
      '499.99',
      '87.33',
      91.5,
      '95',
      ['4.17', '43.67', '27.45', '9.50'],
      '84.79',
    ],
    [
      'caps the execution rate at 1 when more than the budget is spent',
      '100.00',
      '150.00',
      100,
      100,
      100,
      ['10.00', '50.00', '30.00', '10.00'],
      '100.00',
    ],
    [
      'counts a zero budget as fully executed',
      '0.00',
      '0.00',
      80,
      80,
      80,
      ['10.00', '40.00', '24.00', '8.00'],
      '82.00',
    ],
    // 10 × 4.50/1000 = 0.045 → 0.05 (half-up), 10 × 4.49/1000 = 0.0449 → 0.04.
    [
      'rounds an execution part of 0.045 up to 0.05',
      '1000.00',
      '4.50',
      0,
      0,
      0,
      ['0.05', '0.00', '0.00', '0.00'],
      '0.05',
    ],
    [
      'rounds an execution part of 0.0449 down to 0.04',
      '1000.00',
      '4.49',
      0,
      0,
      0,
      ['0.04', '0.00', '0.00', '0.00'],
      '0.04',
    ],
    // 10 × 1/3 = 3.333… → 3.33; output 50 × 0.01% = 0.005 → 0.01; benefit 30 × 0.01% = 0.003 → 0.00;
    // satisfaction 10 × 0.05% = 0.005 → 0.01.
    [
      'rounds small parts half-up one by one',
      '3.00',
      '1.00',
      '0.01',
      '0.01',
      '0.05',
      ['3.33', '0.01', '0.00', '0.01'],
      '3.35',
    ],
    // The two half-fen parts each round up: the score is 0.02 (rounding the unrounded total would give 0.01).
    [
      'makes the score the sum of the rounded parts',
      '100.00',
      '0.00',
      '0.01',
      0,
      '0.05',
      ['0.00', '0.01', '0.00', '0.01'],
      '0.02',
    ],
    // 50 × 89.99% = 44.995 → 45.00
    ['accepts completions as numbers', '100.00', '100.00', 89.99, 0, 0, ['10.00', '45.00', '0.00', '0.00'], '55.00'],
  ])('%s', (_name, budget, executed, output, benefit, satisfaction, [e, o, b, s], score) => {
    expect(
      selfEvaluationScore(
        {
          budget,
          executed,
          outputCompletion: output,
          benefitCompletion: benefit,
          satisfactionCompletion: satisfaction,
        },
        rules,
      ),
    ).toEqual({ score, parts: { execution: e, output: o, benefit: b, satisfaction: s } });
  });

  it('takes the weights from the rule set (20/40/30/10)', () => {
    const custom = { weights: { execution: 20, output: 40, benefit: 30, satisfaction: 10 } };
    // 20 × 0.5 = 10.00; 40 × 80% = 32.00; 30 × 70% = 21.00; 10 × 60% = 6.00
    expect(
      selfEvaluationScore(
        {
          budget: '200.00',
          executed: '100.00',
          outputCompletion: 80,
          benefitCompletion: 70,
          satisfactionCompletion: 60,
        },
        custom,
      ),
    ).toEqual({
      score: '69.00',
      parts: { execution: '10.00', output: '32.00', benefit: '21.00', satisfaction: '6.00' },
    });
  });

  const good = {
    budget: '100.00',
    executed: '100.00',
    outputCompletion: 90,
    benefitCompletion: 90,
    satisfactionCompletion: 90,
  };

  it.each([
    [
      'weights that add up to 99',
      { ...good },
      { execution: 10, output: 50, benefit: 30, satisfaction: 9 },
      'evaluation.weights: 权重之和须为100（当前为99.00） / weights must add up to 100 (they add up to 99.00)',
    ],
    [
      'a negative weight',
      { ...good },
      { execution: -10, output: 70, benefit: 30, satisfaction: 10 },
      'evaluation.weights.execution: 不得为负数',
    ],
    [
      'an output completion of 100.01',
      { ...good, outputCompletion: 100.01 },
      rules.weights,
      'outputCompletion: 须在0到100之间 / must be between 0 and 100 (got 100.01)',
    ],
    [
      'a negative benefit completion',
      { ...good, benefitCompletion: -1 },
      rules.weights,
      'benefitCompletion: 不得为负数',
    ],
    [
      'a satisfaction completion "abc"',
      { ...good, satisfactionCompletion: 'abc' },
      rules.weights,
      'satisfactionCompletion: 不是有效的十进制数',
    ],
    [
      'a NaN output completion',
      { ...good, outputCompletion: Number.NaN },
      rules.weights,
      'outputCompletion: 不是有效数字 / is not a finite number (got NaN)',
    ],
    [
      'an output completion with three decimals',
      { ...good, outputCompletion: '87.333' },
      rules.weights,
      'outputCompletion: 小数位数不得超过2位',
    ],
    ['a negative budget', { ...good, budget: '-5.00' }, rules.weights, 'budget: 不得为负数'],
    [
      'an executed amount with three decimals',
      { ...good, executed: '1.001' },
      rules.weights,
      'executed: 小数位数不得超过2位',
    ],
  ])('rejects %s, naming the field', (_name, input, weights, message) => {
    expect(() => selfEvaluationScore(input, { weights })).toThrow(message);
  });
});

describe('gradeOf', () => {
  it.each<[ScoreInput, Grade]>([
    [100, 'EXCELLENT'],
    ['90.00', 'EXCELLENT'],
    [90, 'EXCELLENT'],
    ['89.99', 'GOOD'],
    [89.99, 'GOOD'],
    ['80.00', 'GOOD'],
    ['79.99', 'MEDIUM'],
    ['60.00', 'MEDIUM'],
    ['59.99', 'POOR'],
    [0, 'POOR'],
  ])('grades %s as %s with the default bands', (score, grade) => {
    expect(gradeOf(score, rules)).toBe(grade);
  });

  it.each<[ScoreInput, Grade]>([
    ['95.00', 'EXCELLENT'],
    ['94.99', 'GOOD'],
    ['85.00', 'GOOD'],
    ['84.99', 'MEDIUM'],
    ['70.00', 'MEDIUM'],
    ['69.99', 'POOR'],
  ])('grades %s as %s with bands 95/85/70 from the rule set', (score, grade) => {
    expect(gradeOf(score, { gradeBands: { EXCELLENT: 95, GOOD: 85, MEDIUM: 70 } })).toBe(grade);
  });

  it.each([
    [100.01, 'score: 须在0到100之间'],
    ['abc', 'score: 不是有效的十进制数'],
    ['-0.01', 'score: 不得为负数'],
  ])('rejects the score %s', (score, message) => {
    expect(() => gradeOf(score, rules)).toThrow(message);
  });

  it('rejects bands that do not descend', () => {
    expect(() => gradeOf(85, { gradeBands: { EXCELLENT: 80, GOOD: 80, MEDIUM: 60 } })).toThrow(
      'evaluation.gradeBands: 等级分数线须依次递减 / bands must descend: EXCELLENT > GOOD > MEDIUM',
    );
  });
});

describe('finalGrade', () => {
  const finalRules = { evaluation: rules, monitoring: DEFAULT_RULE_SET.monitoring }; // failuresForRed 2
  const clean = {
    auditFindings: false,
    majorMisuse: false,
    failedCheckpointsUnrectified: 0,
    authenticityFailed: false,
  };
  type Row = [
    string,
    Partial<FinalGradeInput> & { score: ScoreInput },
    Grade,
    Grade,
    Array<[GradeCapCode, boolean]>,
    boolean,
  ];

  it.each<Row>([
    ['keeps the score’s grade when no cap holds', { score: 95 }, 'EXCELLENT', 'EXCELLENT', [], false],
    [
      'caps an EXCELLENT score with audit findings at MEDIUM',
      { score: 95, auditFindings: true },
      'MEDIUM',
      'EXCELLENT',
      [['AUDIT_FINDINGS', true]],
      false,
    ],
    [
      'caps a GOOD score with audit findings at MEDIUM',
      { score: 85, auditFindings: true },
      'MEDIUM',
      'GOOD',
      [['AUDIT_FINDINGS', true]],
      false,
    ],
    [
      'lists but does not apply the audit cap to a MEDIUM score',
      { score: 70, auditFindings: true },
      'MEDIUM',
      'MEDIUM',
      [['AUDIT_FINDINGS', false]],
      false,
    ],
    [
      'does not raise a POOR score to the audit cap',
      { score: 50, auditFindings: true },
      'POOR',
      'POOR',
      [['AUDIT_FINDINGS', false]],
      false,
    ],
    [
      'caps 90.00 with audit findings (EXCELLENT → MEDIUM)',
      { score: '90.00', auditFindings: true },
      'MEDIUM',
      'EXCELLENT',
      [['AUDIT_FINDINGS', true]],
      false,
    ],
    [
      'caps 89.99 with audit findings (GOOD → MEDIUM)',
      { score: '89.99', auditFindings: true },
      'MEDIUM',
      'GOOD',
      [['AUDIT_FINDINGS', true]],
      false,
    ],
    [
      'caps 80.00 with audit findings (GOOD → MEDIUM)',
      { score: '80.00', auditFindings: true },
      'MEDIUM',
      'GOOD',
      [['AUDIT_FINDINGS', true]],
      false,
    ],
    [
      'leaves 79.99 with audit findings at MEDIUM, cap not applied',
      { score: '79.99', auditFindings: true },
      'MEDIUM',
      'MEDIUM',
      [['AUDIT_FINDINGS', false]],
      false,
    ],
    [
      'leaves 60.00 with audit findings at MEDIUM, cap not applied',
      { score: '60.00', auditFindings: true },
      'MEDIUM',
      'MEDIUM',
      [['AUDIT_FINDINGS', false]],
      false,
    ],
    [
      'leaves 59.99 with audit findings at POOR',
      { score: '59.99', auditFindings: true },
      'POOR',
      'POOR',
      [['AUDIT_FINDINGS', false]],
      false,
    ],
    [
      'grades major misuse POOR outright',
      { score: 95, majorMisuse: true },
      'POOR',
      'EXCELLENT',
      [['MAJOR_MISUSE', true]],
      false,
    ],
    [
      'grades major misuse POOR from MEDIUM',
      { score: '60.00', majorMisuse: true },
      'POOR',
      'MEDIUM',
      [['MAJOR_MISUSE', true]],
      false,
    ],
    [
      'lists but does not apply the misuse cap to a POOR score',
      { score: 50, majorMisuse: true },
      'POOR',
      'POOR',
      [['MAJOR_MISUSE', false]],
      false,
    ],
    [
      'does not cap one unrectified failed checkpoint',
      { score: 95, failedCheckpointsUnrectified: 1 },
      'EXCELLENT',
      'EXCELLENT',
      [],
      false,
    ],
    [
      'caps two unrectified failed checkpoints at MEDIUM',
      { score: 95, failedCheckpointsUnrectified: 2 },
      'MEDIUM',
      'EXCELLENT',
      [['TWO_FAILED_CHECKPOINTS_UNRECTIFIED', true]],
      false,
    ],
    [
      'caps three unrectified failed checkpoints at MEDIUM',
      { score: 85, failedCheckpointsUnrectified: 3 },
      'MEDIUM',
      'GOOD',
      [['TWO_FAILED_CHECKPOINTS_UNRECTIFIED', true]],
      false,
    ],
    [
      'lists but does not apply the checkpoint cap to a MEDIUM score',
      { score: 70, failedCheckpointsUnrectified: 2 },
      'MEDIUM',
      'MEDIUM',
      [['TWO_FAILED_CHECKPOINTS_UNRECTIFIED', false]],
      false,
    ],
    [
      'vetoes a failed authenticity check: POOR and funds recalled',
      { score: 95, authenticityFailed: true },
      'POOR',
      'EXCELLENT',
      [['AUTHENTICITY_VETO', true]],
      true,
    ],
    [
      'recalls funds on a failed authenticity check even when already POOR',
      { score: 50, authenticityFailed: true },
      'POOR',
      'POOR',
      [['AUTHENTICITY_VETO', false]],
      true,
    ],
    [
      'applies misuse, not the weaker audit cap, when both hold',
      { score: 95, auditFindings: true, majorMisuse: true },
      'POOR',
      'EXCELLENT',
      [
        ['AUDIT_FINDINGS', false],
        ['MAJOR_MISUSE', true],
      ],
      false,
    ],
    [
      'applies both MEDIUM caps when audit findings and failed checkpoints hold',
      { score: 85, auditFindings: true, failedCheckpointsUnrectified: 2 },
      'MEDIUM',
      'GOOD',
      [
        ['AUDIT_FINDINGS', true],
        ['TWO_FAILED_CHECKPOINTS_UNRECTIFIED', true],
      ],
      false,
    ],
    [
      'applies the veto over the checkpoint cap',
      { score: 95, failedCheckpointsUnrectified: 2, authenticityFailed: true },
      'POOR',
      'EXCELLENT',
      [
        ['TWO_FAILED_CHECKPOINTS_UNRECTIFIED', false],
        ['AUTHENTICITY_VETO', true],
      ],
      true,
    ],
    [
      'applies misuse and the veto together',
      { score: 95, majorMisuse: true, authenticityFailed: true },
      'POOR',
      'EXCELLENT',
      [
        ['MAJOR_MISUSE', true],
        ['AUTHENTICITY_VETO', true],
      ],
      true,
    ],
    [
      'lists every cap when all four hold',
      { score: 95, auditFindings: true, majorMisuse: true, failedCheckpointsUnrectified: 2, authenticityFailed: true },
      'POOR',
      'EXCELLENT',
      [
        ['AUDIT_FINDINGS', false],
        ['MAJOR_MISUSE', true],
        ['TWO_FAILED_CHECKPOINTS_UNRECTIFIED', false],
        ['AUTHENTICITY_VETO', true],
      ],
      true,
    ],
  ])('%s', (_name, input, grade, uncappedGrade, caps, recallFunds) => {
    const result = finalGrade({ ...clean, ...input }, finalRules);
    expect(result.grade).toBe(grade);
    expect(result.uncappedGrade).toBe(uncappedGrade);
    expect(result.caps.map((c) => [c.code, c.applied])).toEqual(caps);
    expect(result.recallFunds).toBe(recallFunds);
  });

  it.each<[number, Grade]>([
    [2, 'EXCELLENT'],
    [3, 'MEDIUM'],
  ])('takes the number of failed checkpoints from failuresForRed (3): %s failures → %s', (failures, grade) => {
    const custom = { evaluation: rules, monitoring: { failuresForRed: 3 } };
    expect(finalGrade({ ...clean, score: 95, failedCheckpointsUnrectified: failures }, custom).grade).toBe(grade);
  });

  it.each<[GradeCapCode, Partial<FinalGradeInput>, Grade, string, string]>([
    [
      'AUDIT_FINDINGS',
      { auditFindings: true },
      'MEDIUM',
      '存在审计或财会监督发现的问题，评价等级不得为优、良',
      'Audit or financial-supervision findings: the grade cannot be Excellent or Good',
    ],
    [
      'MAJOR_MISUSE',
      { majorMisuse: true },
      'POOR',
      '存在重大违规使用资金问题，评价等级直接定为差',
      'Major misuse of funds: graded Poor outright',
    ],
    [
      'TWO_FAILED_CHECKPOINTS_UNRECTIFIED',
      { failedCheckpointsUnrectified: 2 },
      'MEDIUM',
      '2个绩效监控节点未达标且未整改，评价等级不得为优、良',
      '2 failed monitoring checkpoints not rectified: the grade cannot be Excellent or Good',
    ],
    [
      'AUTHENTICITY_VETO',
      { authenticityFailed: true },
      'POOR',
      '真实性核查未通过，一票否决：评价等级定为差，收回资金并追究责任',
      'Failed authenticity check (veto): graded Poor, funds recalled, responsibility pursued',
    ],
  ])('explains the %s cap in Chinese and English', (code, input, ceiling, zh, en) => {
    const [cap] = finalGrade({ ...clean, score: 95, ...input }, finalRules).caps;
    expect(cap).toEqual({ code, ceiling, zh, en, applied: true, findings: [] });
  });

  it.each([
    [
      { failedCheckpointsUnrectified: -1 },
      'failedCheckpointsUnrectified: 须为非负整数 / must be a non-negative integer (got -1)',
    ],
    [{ failedCheckpointsUnrectified: 1.5 }, 'failedCheckpointsUnrectified: 须为非负整数'],
    [{ auditFindings: 'yes' }, 'auditFindings: 须为布尔值 / must be true or false (got yes)'],
    [{ authenticityFailed: undefined }, 'authenticityFailed: 须为布尔值'],
    [{ score: 'abc' }, 'score: 不是有效的十进制数'],
    [{ score: 101 }, 'score: 须在0到100之间'],
  ])('rejects %j', (input, message) => {
    expect(() => finalGrade({ ...clean, score: 95, ...input } as FinalGradeInput, finalRules)).toThrow(message);
  });

  it('rejects failuresForRed below 1', () => {
    expect(() => finalGrade({ ...clean, score: 95 }, { evaluation: rules, monitoring: { failuresForRed: 0 } })).toThrow(
      'monitoring.failuresForRed: 须为正整数',
    );
  });

  it('accepts a whole RuleSet as its rules', () => {
    const whole: RuleSet = DEFAULT_RULE_SET;
    expect(finalGrade({ ...clean, score: '89.99' }, whole).grade).toBe('GOOD');
  });
});

describe('needsTransferPaymentRectification', () => {
  it.each<[ScoreInput, boolean]>([
    ['89.99', true],
    [89.99, true],
    ['90.00', false],
    [90, false],
    [0, true],
    [100, false],
  ])('sends a transfer-payment report scored %s back for rectification: %s', (score, rectify) => {
    expect(needsTransferPaymentRectification(score, rules)).toBe(rectify);
  });

  it.each<[ScoreInput, boolean]>([
    ['84.99', true],
    ['85.00', false],
  ])('uses the threshold of the rule set (85): %s → %s', (score, rectify) => {
    expect(needsTransferPaymentRectification(score, { transferPaymentRectifyBelow: 85 })).toBe(rectify);
  });

  it('rejects a bad score', () => {
    expect(() => needsTransferPaymentRectification('ninety', rules)).toThrow('score: 不是有效的十进制数');
  });
});

describe('caps named by the recorded findings', () => {
  const rules = { evaluation: DEFAULT_RULE_SET.evaluation, monitoring: DEFAULT_RULE_SET.monitoring };
  const clean = {
    auditFindings: false,
    majorMisuse: false,
    failedCheckpointsUnrectified: 0,
    authenticityFailed: false,
  };

  it('caps a 92-point evaluation at 中 and says which finding did it', () => {
    const g = finalGrade(
      { ...clean, score: '92.00', auditFindings: true, auditFindingRefs: ['县审报〔2024〕12号'] },
      rules,
    );
    expect(g.grade).toBe('MEDIUM');
    expect(g.uncappedGrade).toBe('EXCELLENT');
    expect(g.caps[0]).toMatchObject({ code: 'AUDIT_FINDINGS', applied: true, findings: ['县审报〔2024〕12号'] });
    expect(g.caps[0]!.zh).toBe('存在审计或财会监督发现的问题（县审报〔2024〕12号），评价等级不得为优、良');
    expect(capNote(g.grade, g.caps)).toEqual({
      zh: '因审计或财会监督发现问题（县审报〔2024〕12号），等级限定为中',
      en: 'capped at Medium because of audit or financial-supervision finding 县审报〔2024〕12号',
    });
  });

  it('names major misuse over the audit finding it outdoes, and nothing when the score is already low', () => {
    const g = finalGrade(
      {
        ...clean,
        score: '92.00',
        auditFindings: true,
        majorMisuse: true,
        auditFindingRefs: ['A1'],
        misuseRefs: ['M1', 'M2'],
      },
      rules,
    );
    expect(g.grade).toBe('POOR');
    expect(g.caps.map((c) => [c.code, c.applied])).toEqual([
      ['AUDIT_FINDINGS', false],
      ['MAJOR_MISUSE', true],
    ]);
    expect(capNote(g.grade, g.caps)?.zh).toBe('因重大违规使用资金（M1、M2），等级限定为差');
    expect(capNote(g.grade, g.caps)?.en).toBe('capped at Poor because of major misuse of funds M1, M2');
    const low = finalGrade({ ...clean, score: '70.00', auditFindings: true, auditFindingRefs: ['A1'] }, rules);
    expect(low.grade).toBe('MEDIUM');
    expect(capNote(low.grade, low.caps)).toBeNull();
    expect(capNote(null, [])).toBeNull();
  });
});
