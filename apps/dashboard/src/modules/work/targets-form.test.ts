import { describe, expect, it } from 'vitest';
import { newProjectVariables, reviewScore, rowFromIndicator, rowFromTemplate, targetIndicators, weightTotal } from './targets-form';

const template = { id: 't1', level1: '产出指标', level2: '数量指标', name: '培训人次', comparator: 'GE', quantitative: true, referenceValue: '500', unitOfMeasure: '人次' };

describe('the targets editor', () => {
  it('starts a row from the library with its reference value and unit', () => {
    expect(rowFromTemplate(template)).toEqual({
      templateId: 't1', level1: '产出指标', level2: '数量指标', name: '培训人次', comparator: 'GE', targetValue: '500', targetText: '', unitOfMeasure: '人次', weight: '', isKey: false,
    });
    expect(rowFromTemplate({ ...template, quantitative: false, comparator: 'QUALITATIVE', referenceValue: '明显提升' }).targetText).toBe('明显提升');
  });

  it('sends the rows in order, empty values as null, the weight as a number', () => {
    const rows = [
      { ...rowFromTemplate(template), targetValue: '1,000', weight: '60' },
      { ...rowFromIndicator({ level1: '效益指标', level2: '社会效益', name: ' 满意度 ', comparator: 'QUALITATIVE', targetValue: null, targetText: '较上年提高5个百分点', unitOfMeasure: '', weight: 40, isKey: true }) },
    ];
    expect(targetIndicators(rows)).toEqual([
      { templateId: 't1', level1: '产出指标', level2: '数量指标', name: '培训人次', comparator: 'GE', targetValue: '1000', targetText: null, unitOfMeasure: '人次', weight: 60, isKey: false },
      { level1: '效益指标', level2: '社会效益', name: '满意度', comparator: 'QUALITATIVE', targetValue: null, targetText: '较上年提高5个百分点', unitOfMeasure: '', weight: 40, isKey: true },
    ]);
  });

  it('sends a weight that is not a number as one the server refuses at its row', () => {
    expect(targetIndicators([{ ...rowFromTemplate(template), weight: 'abc' }])[0]!.weight).toBe(-1);
    expect(targetIndicators([{ ...rowFromTemplate(template), weight: '' }])[0]!.weight).toBe(-1);
  });

  it('adds up the weights typed', () => {
    expect(weightTotal([{ weight: '33.33' }, { weight: '33.33' }, { weight: '33.34' }])).toBe(100);
    expect(weightTotal([{ weight: '50' }, { weight: '' }, { weight: 'x' }])).toBe(50);
  });

  it('builds a new project and a review score', () => {
    expect(newProjectVariables(2025, { name: ' 2025年教师培训 ', budget: '1,200,000', fundFamily: 'GENERAL_PUBLIC', kind: 'RECURRING' })).toEqual({
      input: { year: 2025, name: '2025年教师培训', budget: '1200000', fundFamily: 'GENERAL_PUBLIC', kind: 'RECURRING' },
    });
    expect(reviewScore(' 92 ')).toBe(92);
    expect(reviewScore('')).toBeNull();
  });
});
