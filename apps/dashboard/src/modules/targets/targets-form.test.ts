import { describe, expect, it } from 'vitest';
import {
  commentsByIndicator,
  indicatorCommentInputs,
  latestReturn,
  renameFields,
  newProjectVariables,
  reviewScore,
  rowFromIndicator,
  rowFromTemplate,
  targetIndicators,
  weightTotal,
} from './targets-form';

const template = {
  id: 't1',
  level1: '产出指标',
  level2: '数量指标',
  name: '培训人次',
  comparator: 'GE',
  quantitative: true,
  referenceValue: '500',
  unitOfMeasure: '人次',
};

describe('the targets editor', () => {
  it('starts a row from the library with its reference value and unit', () => {
    expect(rowFromTemplate(template)).toEqual({
      templateId: 't1',
      level1: '产出指标',
      level2: '数量指标',
      name: '培训人次',
      comparator: 'GE',
      targetValue: '500',
      targetText: '',
      unitOfMeasure: '人次',
      weight: '',
      isKey: false,
    });
    expect(
      rowFromTemplate({ ...template, quantitative: false, comparator: 'QUALITATIVE', referenceValue: '明显提升' })
        .targetText,
    ).toBe('明显提升');
  });

  it('sends the rows in order, empty values as null, the weight as a number', () => {
    const rows = [
      { ...rowFromTemplate(template), targetValue: '1,000', weight: '60' },
      {
        ...rowFromIndicator({
          level1: '效益指标',
          level2: '社会效益',
          name: ' 满意度 ',
          comparator: 'QUALITATIVE',
          targetValue: null,
          targetText: '较上年提高5个百分点',
          unitOfMeasure: '',
          weight: 40,
          isKey: true,
        }),
      },
    ];
    expect(targetIndicators(rows)).toEqual([
      {
        templateId: 't1',
        level1: '产出指标',
        level2: '数量指标',
        name: '培训人次',
        comparator: 'GE',
        targetValue: '1000',
        targetText: null,
        unitOfMeasure: '人次',
        weight: 60,
        isKey: false,
      },
      {
        level1: '效益指标',
        level2: '社会效益',
        name: '满意度',
        comparator: 'QUALITATIVE',
        targetValue: null,
        targetText: '较上年提高5个百分点',
        unitOfMeasure: '',
        weight: 40,
        isKey: true,
      },
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
    expect(
      newProjectVariables(2025, {
        name: ' 2025年教师培训 ',
        budget: '1,200,000',
        fundFamily: 'GENERAL_PUBLIC',
        kind: 'RECURRING',
      }),
    ).toEqual({
      input: { year: 2025, name: '2025年教师培训', budget: '1200000', fundFamily: 'GENERAL_PUBLIC', kind: 'RECURRING' },
    });
    expect(reviewScore(' 92 ')).toBe(92);
    expect(reviewScore('')).toBeNull();
  });

  it('keeps the indicator a row came from, and its library template, out of what is sent', () => {
    const row = rowFromIndicator({
      id: 'I1',
      templateId: 'T9',
      level1: 'OUTPUT',
      level2: '数量指标',
      name: '培训人次',
      comparator: 'GE',
      targetValue: '800',
      targetText: null,
      unitOfMeasure: '人次',
      weight: '40.00',
      isKey: true,
    });
    expect(row.sourceId).toBe('I1');
    expect(row.weight).toBe('40.00');
    expect(targetIndicators([row])[0]).toEqual({
      templateId: 'T9',
      level1: 'OUTPUT',
      level2: '数量指标',
      name: '培训人次',
      comparator: 'GE',
      targetValue: '800',
      targetText: null,
      unitOfMeasure: '人次',
      weight: 40,
      isKey: true,
    });
  });
});

describe('the comments of a return', () => {
  const returned = {
    outcome: 'RETURNED',
    comment: '',
    indicatorComments: [
      { indicatorId: 'I1', comment: '目标值偏低' },
      { indicatorId: 'I9', comment: '口径不清' },
      { indicatorId: 'I2', comment: ' ' },
    ],
  };

  it('revises against the latest review only when it returned the targets', () => {
    const approved = { outcome: 'APPROVED', comment: '', indicatorComments: [] };
    expect(latestReturn([approved, returned])).toBe(returned);
    expect(latestReturn([returned, approved])).toBeNull();
    expect(latestReturn([])).toBeNull();
  });

  it('puts each comment beside its indicator and keeps those whose indicator was replaced', () => {
    const { byId, orphans } = commentsByIndicator(returned, [
      { id: 'I1', name: '培训人次' },
      { id: 'I2', name: '合格率' },
    ]);
    expect([...byId]).toEqual([['I1', '目标值偏低']]);
    expect(orphans).toEqual(['口径不清']);
    expect(commentsByIndicator(null, [{ id: 'I1', name: '培训人次' }]).byId.size).toBe(0);
  });

  it('after a saved revision (new ids), finds the indicator by the name the comment was written on', () => {
    const review = {
      outcome: 'RETURNED',
      comment: '',
      indicatorComments: [
        { indicatorId: 'old1', indicatorName: '合格率', comment: '应不低于98%' },
        { indicatorId: 'old2', indicatorName: '已删除的指标', comment: '口径不清' },
      ],
    };
    const { byId, orphans } = commentsByIndicator(review, [
      { id: 'n1', name: '培训人次' },
      { id: 'n2', name: '合格率' },
    ]);
    expect([...byId]).toEqual([['n2', '应不低于98%']]);
    expect(orphans).toEqual(['已删除的指标：口径不清']);
  });

  it('sends the comments written in the indicators’ order and names each server field after its indicator', () => {
    const { comments, fieldOf } = indicatorCommentInputs(['I1', 'I2', 'I3'], {
      I3: ' 请补充时效指标 ',
      I2: '  ',
      I1: '目标值偏低',
    });
    expect(comments).toEqual([
      { indicatorId: 'I1', comment: '目标值偏低' },
      { indicatorId: 'I3', comment: '请补充时效指标' },
    ]);
    expect(fieldOf).toEqual({ 'indicatorComments[0].comment': 'I1', 'indicatorComments[1].comment': 'I3' });
    // A too-long second comment is shown under I3's field; the overall comment's error stays where it was.
    expect(
      renameFields(
        { 'indicatorComments[1].comment': '过长', comment: '必填' },
        { 'indicatorComments[1].comment': 'comment-I3' },
      ),
    ).toEqual({ 'comment-I3': '过长', comment: '必填' });
  });

  it('keeps a saved indicator’s library template when the draft is saved again', () => {
    const row = rowFromIndicator({
      id: 'I1',
      templateId: 'T9',
      level1: 'OUTPUT',
      level2: '数量指标',
      name: '培训人次',
      comparator: 'GE',
      targetValue: '500',
      unitOfMeasure: '人次',
      weight: 60,
      isKey: true,
    });
    expect(targetIndicators([row])[0]).toMatchObject({ templateId: 'T9', name: '培训人次' });
    const own = rowFromIndicator({
      id: 'I2',
      templateId: null,
      level1: 'BENEFIT',
      level2: '社会效益',
      name: '自定',
      comparator: 'GE',
      targetValue: '1',
      unitOfMeasure: '个',
      weight: 40,
      isKey: false,
    });
    expect(targetIndicators([own])[0]).not.toHaveProperty('templateId');
  });
});
