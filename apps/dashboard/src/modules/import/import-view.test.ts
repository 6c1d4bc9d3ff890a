import { describe, expect, it } from 'vitest';
import { firstTab, mappingOf, progressPercent, rowFilter, shanghaiDateTime } from './import-view';

describe('the import page’s view of an import', () => {
  it('opens the errors first, then warnings, changes, new rows', () => {
    const c = { errorCount: 0, changedCount: 0, newCount: 0, warningCount: 0 };
    expect(firstTab({ ...c, errorCount: 2, changedCount: 5 })).toBe('ERROR');
    expect(firstTab({ ...c, warningCount: 1, changedCount: 5 })).toBe('WARNINGS');
    expect(firstTab({ ...c, changedCount: 5, newCount: 3 })).toBe('CHANGED');
    expect(firstTab({ ...c, newCount: 3 })).toBe('NEW');
    expect(firstTab(c)).toBe('UNCHANGED');
  });

  it('filters rows by status, or by warnings', () => {
    expect(rowFilter('ERROR')).toEqual({ status: 'ERROR', withWarnings: null });
    expect(rowFilter('WARNINGS')).toEqual({ status: null, withWarnings: true });
  });

  it('bounds the progress bar to 0–100', () => {
    expect([-0.1, 0, 0.123, 0.995, 1.2].map(progressPercent)).toEqual([0, 0, 12, 100, 100]);
  });

  it('sends only the headings the person mapped, an ignored column as ""', () => {
    expect(mappingOf({ 编号: 'projectCode', 备注: '', 其他: undefined })).toEqual([
      { heading: '编号', field: 'projectCode' },
      { heading: '备注', field: '' },
    ]);
  });

  it('shows times as the county reads them (Asia/Shanghai), across midnight UTC', () => {
    expect(shanghaiDateTime('2024-05-31T16:30:00Z')).toBe('2024-06-01 00:30');
    expect(shanghaiDateTime('2024-05-31T03:05:00.000Z')).toBe('2024-05-31 11:05');
  });
});
