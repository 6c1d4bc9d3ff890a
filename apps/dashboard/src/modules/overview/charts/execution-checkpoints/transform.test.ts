import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../app/i18n/translate';
import { AUGUST_TOTAL, MAY_TOTAL, NO_REPORTS, totals } from '../../test-fixtures';
import { PALETTE } from '../palette';
import { checkpointPoints, executionCheckpointsOption } from './transform';

const zh = { t: createTranslator('zh'), lang: 'zh' as const };
const en = { t: createTranslator('en'), lang: 'en' as const };

type Point = { value: number; itemStyle?: { color: string }; label?: { formatter: string }; symbol?: string } | null;
type Series = Array<{ type: string; name: string; data: Point[]; label: { formatter: (p: unknown) => string } }>;
const seriesOf = (option: unknown) => (option as { series: Series }).series;
const tooltipOf = (option: unknown) => (option as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter;

describe('execution at the checkpoints', () => {
  it('draws nothing when no checkpoint has reports', () => {
    expect(executionCheckpointsOption(totals(NO_REPORTS, NO_REPORTS), zh)).toBeNull();
  });

  it('puts a bar at each checkpoint month, labelled with the exact rate executed ÷ budget', () => {
    const option = executionCheckpointsOption(totals(MAY_TOTAL, AUGUST_TOTAL), zh);
    const [bars] = seriesOf(option);
    expect(bars.type).toBe('bar');
    expect(bars.name).toBe('执行率');
    expect(bars.data).toHaveLength(12);
    expect(bars.data.map((d) => d?.value ?? null)).toEqual([
      null, null, null, null, MAY_TOTAL.executionRate, null, null, AUGUST_TOTAL.executionRate, null, null, null, null,
    ]);
    expect([4, 7].map((dataIndex) => bars.label.formatter({ dataIndex }))).toEqual(['28.4%', '72.2%']);
  });

  it('draws time elapsed as the line months ÷ 12, with dots and labels only at the checkpoints', () => {
    const [, line] = seriesOf(executionCheckpointsOption(totals(MAY_TOTAL, AUGUST_TOTAL), zh));
    expect(line.type).toBe('line');
    expect(line.name).toBe('时序进度');
    line.data.forEach((d, i) => expect(d!.value).toBeCloseTo((i + 1) / 12, 12));
    expect(line.data.filter((d) => d!.symbol !== 'none').map((d) => d!.label?.formatter)).toEqual(['41.7%', '66.7%']);
  });

  it('colours a checkpoint below time elapsed as a warning', () => {
    const [bars] = seriesOf(executionCheckpointsOption(totals(MAY_TOTAL, AUGUST_TOTAL), zh));
    expect([bars.data[4]?.itemStyle?.color, bars.data[7]?.itemStyle?.color]).toEqual([PALETTE.belowElapsed, PALETTE.primary]);
    expect(checkpointPoints(totals(MAY_TOTAL, AUGUST_TOTAL)).map((p) => p.belowElapsed)).toEqual([true, false]);
  });

  it('explains a checkpoint in its tooltip: gap to time elapsed, projects, money in 亿元', () => {
    const option = executionCheckpointsOption(totals(MAY_TOTAL, AUGUST_TOTAL), zh);
    const html = tooltipOf(option)({ seriesIndex: 0, dataIndex: 4 });
    expect(html).toContain('5月底');
    expect(html).toContain('-13.2 个百分点'); // 28.42 % − 41.67 %
    expect(html).toContain('<b>132</b>');
    expect(html).toContain('4.68 亿元');
    expect(html).toContain('1.33 亿元');
    expect(tooltipOf(option)({ seriesIndex: 1, dataIndex: 7 })).toContain('8月底');
    expect(tooltipOf(option)({ seriesIndex: 1, dataIndex: 0 })).toBe('');
  });

  it('keeps only the checkpoints with reports', () => {
    const [bars, line] = seriesOf(executionCheckpointsOption(totals(MAY_TOTAL, NO_REPORTS), zh));
    expect(bars.data.filter((d) => d !== null)).toHaveLength(1);
    expect(line.data.filter((d) => d!.symbol !== 'none')).toHaveLength(1);
  });

  it('speaks English', () => {
    const option = executionCheckpointsOption(totals(MAY_TOTAL, AUGUST_TOTAL), en) as unknown as {
      legend: { data: string[] };
      xAxis: { data: string[] };
    };
    expect(option.legend.data).toEqual(['Execution rate', 'Time elapsed']);
    expect(option.xAxis.data.slice(4, 8)).toEqual(['May', 'Jun', 'Jul', 'Aug']);
    expect(tooltipOf(option)({ seriesIndex: 0, dataIndex: 7 })).toContain('¥466.01M');
  });
});
