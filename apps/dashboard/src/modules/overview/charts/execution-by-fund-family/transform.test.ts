import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../app/i18n/translate';
import { CHECKPOINTS } from '../../checkpoints';
import { family } from '../../test-fixtures';
import { PALETTE } from '../palette';
import { executionByFundFamilyOption, fundFamilyBars } from './transform';

const zh = { t: createTranslator('zh'), lang: 'zh' as const };
const en = { t: createTranslator('en'), lang: 'en' as const };
const AUGUST = CHECKPOINTS[1];

const ROWS = [
  family('GENERAL_PUBLIC', '一般公共预算', 250, '400000000.00', '300000000.00'), // 75.0 %
  family('GOVERNMENT_FUND', '政府性基金预算', 20, '100000000.00', '55000000.00'), // 55.0 %
  family('SPECIAL_BOND', '政府专项债券', 5, '80000000.00', '72000000.00'), // 90.0 %
  family('STATE_CAPITAL', '国有资本经营预算', 0, '0', '0'),
  family('NEW_FAMILY', '新设资金', 2, '3000000.00', '2000000.00'), // 66.67 %: not below 8/12
];

type Option = {
  yAxis: { data: string[] };
  series: Array<{
    data: Array<{ value: number; itemStyle: { color: string } }>;
    label: { formatter: (p: unknown) => string };
    markLine: { data: Array<{ xAxis: number }>; label: { formatter: string } };
  }>;
};

describe('execution by fund family', () => {
  it('sorts the families with reports by execution rate, highest on top', () => {
    const option = executionByFundFamilyOption(ROWS, AUGUST, zh) as unknown as Option;
    // ECharts draws the first category at the bottom.
    expect(option.yAxis.data).toEqual(['政府性基金预算', '新设资金', '一般公共预算', '政府专项债券']);
    expect([0, 1, 2, 3].map((dataIndex) => option.series[0].label.formatter({ dataIndex }))).toEqual([
      '55.0%', '66.7%', '75.0%', '90.0%',
    ]);
  });

  it('marks time elapsed at the checkpoint and colours the families below it', () => {
    const option = executionByFundFamilyOption(ROWS, AUGUST, zh) as unknown as Option;
    const [series] = option.series;
    expect(series.markLine.data).toEqual([{ xAxis: 8 / 12 }]);
    expect(series.markLine.label.formatter).toBe('时序进度 66.7%');
    expect(series.data.map((d) => d.itemStyle.color)).toEqual([
      PALETTE.belowElapsed, PALETTE.primary, PALETTE.primary, PALETTE.primary,
    ]);
  });

  it('names the families in the reader’s language, keeping the server’s label for unknown ones', () => {
    expect(fundFamilyBars(ROWS, AUGUST, 'en').map((b) => b.name)).toEqual([
      'Government special-purpose bonds', 'General public budget', '新设资金', 'Government fund budget',
    ]);
    const option = executionByFundFamilyOption(ROWS, AUGUST, en) as unknown as Option;
    expect(option.series[0].markLine.label.formatter).toBe('time elapsed 66.7%');
  });

  it('draws nothing without reports', () => {
    expect(executionByFundFamilyOption([], AUGUST, zh)).toBeNull();
    expect(executionByFundFamilyOption([ROWS[3]], AUGUST, zh)).toBeNull();
  });
});
