import { describe, expect, it } from 'vitest';
import { cutDecisionVariables, notificationRows } from './cuts-form';

describe('the cut decision', () => {
  const cut = { id: 'ra1', version: 2, proposedCut: '120000.00' };

  it('accepts the proposed cut as it is', () => {
    expect(cutDecisionVariables(cut, { mode: 'accept', amount: '1', reason: ' ' })).toEqual({
      id: 'ra1',
      version: 2,
      acceptedCut: '120000.00',
      reason: '',
    });
  });

  it('adjusts to the amount typed, with the reason', () => {
    expect(cutDecisionVariables(cut, { mode: 'adjust', amount: '80,000', reason: ' 保障民生 ' })).toEqual({
      id: 'ra1',
      version: 2,
      acceptedCut: '80000',
      reason: '保障民生',
    });
  });

  it('lists 差 before 中 for the notification list', () => {
    expect(
      notificationRows([{ code: 'B' }, { code: 'A' }], [{ code: 'C' }]).map((r) => `${r.listedGrade}:${r.code}`),
    ).toEqual(['POOR:C', 'MEDIUM:A', 'MEDIUM:B']);
  });
});
