import { describe, expect, it } from 'vitest';
import { changeCounts, indicatorChanges, sameDecimal, type DraftIndicator } from './adjustment-form';

const trainees: DraftIndicator = {
  level1: 'OUTPUT',
  level2: '数量指标',
  name: '培训人次',
  comparator: 'GE',
  targetValue: '1000',
  targetText: null,
  unitOfMeasure: '人次',
  weight: '40.00',
  isKey: true,
};
const rate: DraftIndicator = {
  level1: 'OUTPUT',
  level2: '质量指标',
  name: '合格率',
  comparator: 'GE',
  targetValue: '95',
  targetText: null,
  unitOfMeasure: '%',
  weight: '30.00',
  isKey: false,
};
const satisfied: DraftIndicator = {
  level1: 'SATISFACTION',
  level2: '服务对象满意度',
  name: '学员满意度',
  comparator: 'QUALITATIVE',
  targetValue: null,
  targetText: '较上年提高',
  unitOfMeasure: '',
  weight: '30.00',
  isKey: false,
};

describe('the before → after comparison of a targets adjustment', () => {
  it('marks the changed values of an indicator and leaves the others unchanged', () => {
    const lines = indicatorChanges(
      [trainees, rate, satisfied],
      [{ ...trainees, targetValue: '800', weight: 40 }, rate, satisfied],
    );
    expect(lines.map((l) => [l.kind, l.changed])).toEqual([
      ['changed', ['targetValue']],
      ['unchanged', []],
      ['unchanged', []],
    ]);
    expect(lines[0]!.before?.targetValue).toBe('1000');
    expect(lines[0]!.after?.targetValue).toBe('800');
  });

  it('marks an added and a removed indicator, the removed after the proposed order', () => {
    const added: DraftIndicator = { ...rate, name: '按期完成率', level2: '时效指标' };
    const lines = indicatorChanges([trainees, rate, satisfied], [satisfied, added, trainees]);
    expect(lines.map((l) => `${l.kind}:${(l.after ?? l.before)!.name}`)).toEqual([
      'unchanged:学员满意度',
      'added:按期完成率',
      'unchanged:培训人次',
      'removed:合格率',
    ]);
    expect(changeCounts(lines)).toEqual({ unchanged: 2, changed: 0, added: 1, removed: 1 });
  });

  it('sees a new text, a new comparator, a key indicator no longer key', () => {
    const lines = indicatorChanges(
      [trainees, satisfied],
      [
        { ...trainees, comparator: 'EQ', isKey: false },
        { ...satisfied, targetText: '明显提高 ' },
      ],
    );
    expect(lines[0]!.changed).toEqual(['comparator', 'isKey']);
    expect(lines[1]!.changed).toEqual(['targetText']);
  });

  it('tells apart two indicators of one name at different level 1', () => {
    const cost = { ...trainees, level1: 'COST', weight: '10' };
    const lines = indicatorChanges([trainees, cost], [cost]);
    expect(lines.map((l) => l.kind)).toEqual(['unchanged', 'removed']);
    expect(lines[1]!.before?.level1).toBe('OUTPUT');
  });

  it('compares amounts as decimals written differently, never as floats', () => {
    expect(sameDecimal('1000.50', '1000.5')).toBe(true);
    expect(sameDecimal('1,000', '1000.00')).toBe(true);
    expect(sameDecimal(40, '40.00')).toBe(true);
    expect(sameDecimal('0.1', '0.10000000000000001')).toBe(false);
    expect(sameDecimal(null, '')).toBe(true);
    expect(sameDecimal(null, '0')).toBe(false);
  });
});
