import { describe, expect, it } from 'vitest';
import { EMPTY_OWN_INDICATOR, ownIndicatorRow } from './own-indicator';

describe('an indicator of the unit’s own', () => {
  it('becomes a row without a library template, its texts trimmed, value, unit and weight left to the row', () => {
    const built = ownIndicatorRow(
      { level1: 'BENEFIT', level2: ' 社会效益指标 ', name: ' 群众就医等候时间缩短 ', comparator: 'LE' },
      'zh',
    );
    expect(built.row).toEqual({
      templateId: null,
      level1: 'BENEFIT',
      level2: '社会效益指标',
      name: '群众就医等候时间缩短',
      comparator: 'LE',
      targetValue: '',
      targetText: '',
      unitOfMeasure: '',
      weight: '',
      isKey: false,
    });
  });

  it('names each missing field, in the viewer’s language', () => {
    expect(ownIndicatorRow(EMPTY_OWN_INDICATOR, 'zh')).toEqual({
      row: null,
      fields: { name: '请填写指标名称', level2: '请填写二级指标' },
    });
    expect(ownIndicatorRow({ ...EMPTY_OWN_INDICATOR, name: '满意度' }, 'en').fields).toEqual({
      level2: 'enter the level-2 category',
    });
  });
});
