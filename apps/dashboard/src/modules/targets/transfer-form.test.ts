import { describe, expect, it } from 'vitest';
import {
  fromScaled,
  linkedIndicators,
  linkRow,
  rowWithLink,
  splitTone,
  toScaled,
  transferOptions,
} from './transfer-form';

const saved = {
  id: 'ind-1',
  level1: 'OUTPUT',
  level2: '数量指标',
  name: '培训农民人次',
  comparator: 'GE',
  targetValue: '40',
  targetText: null,
  unitOfMeasure: '人次',
  weight: 60,
  isKey: true,
  templateId: null,
  transferIndicator: { id: 'ti-21' },
};

describe('transfer split form', () => {
  it('adds measures exactly, with up to four decimals, and refuses what is not a number', () => {
    expect(fromScaled(toScaled('0.1')! + toScaled('0.2')!)).toBe('0.3');
    expect(fromScaled(toScaled('120')! - toScaled('120.0001')!)).toBe('-0.0001');
    expect(fromScaled(toScaled('1,000.5')!)).toBe('1000.5');
    expect(toScaled('1.23456')).toBeNull();
    expect(toScaled('abc')).toBeNull();
  });

  it('tells a split that adds up from one still short or over', () => {
    expect(splitTone('0')).toBe('ok');
    expect(splitTone('30')).toBe('short');
    expect(splitTone('-0.5')).toBe('over');
  });

  it('keeps a saved row’s link and sends it as row i’s transferIndicatorId; a row without one sends none', () => {
    const rows = [rowWithLink(saved), rowWithLink({ ...saved, id: 'ind-2', name: '满意度', transferIndicator: null })];
    expect(rows[0]!.transferIndicatorId).toBe('ti-21');
    const sent = linkedIndicators(rows);
    expect(sent[0]).toMatchObject({ name: '培训农民人次', targetValue: '40', transferIndicatorId: 'ti-21' });
    expect(sent[1]).not.toHaveProperty('transferIndicatorId');
  });

  it('offers each upper target with what this project may still take: the difference plus its own saved shares', () => {
    const payments = [
      {
        name: '2024年林业草原生态保护恢复资金',
        indicators: [
          {
            id: 'ti-21',
            name: '资金覆盖项目受益对象数',
            level1: 'OUTPUT',
            comparator: 'GE',
            unitOfMeasure: '人次',
            upperValue: '120',
            difference: '20.5',
            splits: [
              { projectId: 'p-1', value: '60' },
              { projectId: 'p-2', value: '39.5' },
            ],
          },
        ],
      },
    ];
    expect(transferOptions(payments, 'p-2')[0]).toMatchObject({
      id: 'ti-21',
      paymentName: '2024年林业草原生态保护恢复资金',
      left: '60',
    });
    expect(transferOptions(payments, 'p-9')[0]!.left).toBe('20.5');
  });

  it('picking a target fills an empty unit of measure, keeps a typed one, and "none" clears the link', () => {
    const option = {
      id: 'ti-21',
      paymentName: 'x',
      name: 'y',
      level1: 'OUTPUT',
      comparator: 'GE',
      unitOfMeasure: '人次',
      upperValue: '120',
      left: '0',
    };
    const row = { ...rowWithLink({ ...saved, transferIndicator: null }), unitOfMeasure: '' };
    expect(linkRow(row, option)).toMatchObject({ transferIndicatorId: 'ti-21', unitOfMeasure: '人次' });
    expect(linkRow({ ...row, unitOfMeasure: '人' }, option).unitOfMeasure).toBe('人');
    expect(linkRow(linkRow(row, option), null).transferIndicatorId).toBeNull();
  });
});
