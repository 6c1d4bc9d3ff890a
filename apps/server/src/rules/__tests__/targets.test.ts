import { describe, expect, it } from 'vitest';
import { targetProblems, type TargetIndicator } from '../targets.js';

const output: TargetIndicator = {
  level1: 'OUTPUT',
  name: '新建高标准农田面积',
  comparator: 'GE',
  targetValue: '5000',
  unitOfMeasure: '亩',
  weight: 60,
};
const benefit: TargetIndicator = {
  level1: 'BENEFIT',
  name: '亩均增产',
  comparator: 'GE',
  targetValue: '50',
  unitOfMeasure: '公斤',
  weight: 30,
};
const satisfaction: TargetIndicator = {
  level1: 'SATISFACTION',
  name: '受益群众满意度',
  comparator: 'GE',
  targetValue: '90',
  unitOfMeasure: '%',
  weight: 10,
};
const fields = (list: TargetIndicator[]) => targetProblems(list).map((p) => p.field);

describe('targetProblems', () => {
  it('accepts a complete set of targets', () => {
    expect(targetProblems([output, benefit, satisfaction])).toEqual([]);
  });

  it.each([
    ['no output indicator', [{ ...benefit, weight: 90 }, satisfaction], ['indicators']],
    ['no benefit indicator', [{ ...output, weight: 90 }, satisfaction], ['indicators']],
    ['weights adding up to 99.99', [output, { ...benefit, weight: '29.99' }, satisfaction], ['indicators']],
    ['weights adding up to 100.01', [output, { ...benefit, weight: '30.01' }, satisfaction], ['indicators']],
    [
      'a quantitative indicator without a value',
      [output, { ...benefit, targetValue: null }, satisfaction],
      ['indicators[1].targetValue'],
    ],
    [
      'a quantitative indicator without a unit',
      [output, { ...benefit, unitOfMeasure: ' ' }, satisfaction],
      ['indicators[1].unitOfMeasure'],
    ],
    [
      'a value that is not a number',
      [{ ...output, targetValue: '五千' }, benefit, satisfaction],
      ['indicators[0].targetValue'],
    ],
    [
      'a qualitative indicator without its target',
      [output, { ...benefit, comparator: 'QUALITATIVE', targetValue: null, targetText: '' }, satisfaction],
      ['indicators[1].targetText'],
    ],
    [
      'a vague qualitative target with no number',
      [output, { ...benefit, comparator: 'QUALITATIVE', targetValue: null, targetText: '进一步提高' }, satisfaction],
      ['indicators[1].targetText'],
    ],
  ] as const)('names the problem of %s', (_name, list, expected) => {
    expect(fields(list as unknown as TargetIndicator[])).toEqual(expected);
  });

  it('accepts a qualitative target that says something measurable', () => {
    expect(
      fields([
        output,
        { ...benefit, comparator: 'QUALITATIVE', targetValue: null, targetText: '农田灌溉保证率提高至85%以上' },
        satisfaction,
      ]),
    ).toEqual([]);
  });

  it('lists every problem at once, in Chinese and English', () => {
    const problems = targetProblems([{ ...satisfaction, targetValue: null, weight: 10 }]);
    expect(problems.map((p) => p.field)).toEqual([
      'indicators',
      'indicators',
      'indicators[0].targetValue',
      'indicators',
    ]);
    for (const p of problems) {
      expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.en).toMatch(/[a-z]/);
    }
  });
});
