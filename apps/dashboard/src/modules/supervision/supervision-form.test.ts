import { describe, expect, it } from 'vitest';
import { findingVariables, isoToday, recallDecisionVariables, recallProposalVariables } from './supervision-form';

describe('the supervision forms', () => {
  it('sends a finding with its words trimmed', () => {
    expect(
      findingVariables('P1', {
        kind: 'AUDIT',
        source: ' 县审计局 ',
        foundOn: '2024-03-01 ',
        documentNo: ' 审计〔2024〕3号',
        description: ' 超范围支出 ',
      }),
    ).toEqual({
      projectId: 'P1',
      input: {
        kind: 'AUDIT',
        source: '县审计局',
        foundOn: '2024-03-01',
        documentNo: '审计〔2024〕3号',
        description: '超范围支出',
      },
    });
  });

  it('dates today in the reader’s calendar', () => {
    expect(isoToday(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });

  it('leaves an empty recall amount out, and cleans a typed one', () => {
    expect(recallProposalVariables('P1', { reason: 'AUTHENTICITY_VETO', amount: ' ', note: '' })).toEqual({
      projectId: 'P1',
      reason: 'AUTHENTICITY_VETO',
      amount: null,
      note: '',
    });
    expect(recallProposalVariables('P1', { reason: 'IDLE_FUNDS', amount: '12,345.60', note: ' 结余 ' })).toEqual({
      projectId: 'P1',
      reason: 'IDLE_FUNDS',
      amount: '12345.60',
      note: '结余',
    });
  });

  it('decides the amount typed, the proposed one when empty, and sends no amount with a rejection', () => {
    const r = { id: 'R1', version: 3 };
    expect(recallDecisionVariables(r, { approve: true, amount: '', note: '' })).toEqual({
      id: 'R1',
      version: 3,
      approve: true,
      amount: null,
      note: '',
    });
    expect(recallDecisionVariables(r, { approve: true, amount: '1 000', note: ' 部分 ' }).amount).toBe('1000');
    expect(recallDecisionVariables(r, { approve: false, amount: '1000', note: ' 已用于续建 ' })).toEqual({
      id: 'R1',
      version: 3,
      approve: false,
      amount: null,
      note: '已用于续建',
    });
  });
});
