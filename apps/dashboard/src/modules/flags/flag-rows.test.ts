import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../app/i18n/translate';
import { flagExportColumns, isOverdue, parseLedgerState, raisedText, type FlagRow } from './flag-rows';

const t = createTranslator('zh');
const FLAG: FlagRow = {
  id: 'RmxhZzoxMDI',
  level: 'RED',
  status: 'OPEN',
  deadline: '2023-10-10',
  closedOn: null,
  daysOverdue: 12,
  ownerName: '古丽娜尔',
  proposedReduction: '120000.00',
  raisedAt: { year: 2023, month: 5 },
  escalatedAt: { month: 8 },
  project: {
    id: 'P1',
    code: '2023-gxj-003',
    name: '2023年中小企业发展专项',
    fundFamily: 'GENERAL_PUBLIC',
    unit: { id: 'U1', name: '尉犁县工业和信息化局', section: { id: 'S5', name: '经济建设科' } },
  },
};

describe('a flag row', () => {
  it('is overdue only while open and past its deadline', () => {
    expect(isOverdue(FLAG)).toBe(true);
    expect(isOverdue({ ...FLAG, status: 'CLOSED' })).toBe(false);
    expect(isOverdue({ ...FLAG, daysOverdue: 0 })).toBe(false);
  });

  it('says where it was raised and where it turned red', () => {
    expect(raisedText(FLAG, t)).toBe('5月底 → 8月底转红');
    expect(raisedText({ ...FLAG, escalatedAt: null }, t)).toBe('5月底');
  });

  it('exports the ledger with deadline, days overdue and exact yuan', () => {
    const columns = flagExportColumns(t, 'zh');
    const row = Object.fromEntries(columns.map((c) => [c.header, c.value(FLAG)]));
    expect(row).toMatchObject({
      项目编码: '2023-gxj-003',
      对口科室: '经济建设科',
      预警等级: '红标',
      整改期限: '2023-10-10',
      逾期天数: 12,
      状态: '未销号',
      '建议压减金额（元）': '120000.00',
    });
  });

  it('reads its filters from the URL, open flags by default where asked', () => {
    expect(parseLedgerState(new URLSearchParams('level=RED&overdue=1'), { status: 'OPEN' })).toEqual({
      level: 'RED',
      status: 'OPEN',
      overdue: true,
    });
    expect(parseLedgerState(new URLSearchParams('status=all'), { status: 'OPEN' }).status).toBeNull();
  });
});
