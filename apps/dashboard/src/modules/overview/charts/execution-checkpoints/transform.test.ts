import { describe, expect, it } from 'vitest';
import { testChartContext } from '../../../../app/charts/chart-context';
import { AUGUST_TOTAL, MAY_2022, MAY_TOTAL, NO_REPORTS, AUGUST_2022, totals } from '../../test-fixtures';
import { checkpointPoints, executionCheckpointsOption, type CheckpointSeries } from './transform';

const zh = testChartContext('zh');
const en = testChartContext('en');

type Point = { value: number; itemStyle?: { color: string }; label?: { formatter: string }; symbol?: string } | null;
type Series = Array<{ type: string; name: string; data: Point[]; label: { formatter: (p: unknown) => string } }>;
const seriesOf = (option: unknown) => (option as { series: Series }).series;
const tooltipOf = (option: unknown) => (option as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter;

const only2023 = (may = MAY_TOTAL, august = AUGUST_TOTAL): CheckpointSeries => ({
  year: 2023,
  current: totals(may, august),
  previous: totals(NO_REPORTS, NO_REPORTS),
});
const withBefore: CheckpointSeries = {
  year: 2023,
  current: totals(MAY_TOTAL, AUGUST_TOTAL),
  previous: totals(MAY_2022, AUGUST_2022),
};

describe('execution at the checkpoints', () => {
  it('draws nothing when no checkpoint of the year has reports', () => {
    expect(
      executionCheckpointsOption(
        { year: 2024, current: totals(NO_REPORTS, NO_REPORTS), previous: totals(MAY_TOTAL, AUGUST_TOTAL) },
        zh,
      ),
    ).toBeNull();
  });

  it('puts a bar at each checkpoint month, labelled with the exact rate executed ÷ budget', () => {
    const [bars] = seriesOf(executionCheckpointsOption(only2023(), zh));
    expect(bars.type).toBe('bar');
    expect(bars.name).toBe('2023 年执行率');
    expect(bars.data).toHaveLength(12);
    expect(bars.data.map((d) => d?.value ?? null)).toEqual([
      null,
      null,
      null,
      null,
      MAY_TOTAL.executionRate,
      null,
      null,
      AUGUST_TOTAL.executionRate,
      null,
      null,
      null,
      null,
    ]);
    expect([4, 7].map((dataIndex) => bars.label.formatter({ dataIndex }))).toEqual(['28.4%', '72.2%']);
  });

  it('draws the year before beside it, in its own colour and legend entry', () => {
    const option = executionCheckpointsOption(withBefore, zh);
    const [current, previous, line] = seriesOf(option);
    expect(previous.name).toBe('2022 年执行率');
    expect(previous.data[7]?.value).toBe(AUGUST_2022.executionRate);
    expect(previous.data[7]?.itemStyle?.color).toBe(zh.palette.previous);
    expect(current.data[7]?.itemStyle?.color).toBe(zh.palette.primary);
    expect(line.type).toBe('line');
    expect((option as unknown as { legend: { data: string[] } }).legend.data).toEqual([
      '2023 年执行率',
      '2022 年执行率',
      '时序进度',
    ]);
    expect(tooltipOf(option)({ seriesIndex: 1, dataIndex: 7 })).toContain('2022 年 · 8月底');
  });

  it('draws time elapsed as the line months ÷ 12, with dots and labels only at the checkpoints', () => {
    const [, line] = seriesOf(executionCheckpointsOption(only2023(), zh));
    expect(line.type).toBe('line');
    expect(line.name).toBe('时序进度');
    line.data.forEach((d, i) => expect(d!.value).toBeCloseTo((i + 1) / 12, 12));
    expect(line.data.filter((d) => d!.symbol !== 'none').map((d) => d!.label?.formatter)).toEqual(['41.7%', '66.7%']);
  });

  it('colours a checkpoint below time elapsed as a warning', () => {
    const [bars] = seriesOf(executionCheckpointsOption(only2023(), zh));
    expect([bars.data[4]?.itemStyle?.color, bars.data[7]?.itemStyle?.color]).toEqual([
      zh.palette.belowElapsed,
      zh.palette.primary,
    ]);
    expect(checkpointPoints(totals(MAY_TOTAL, AUGUST_TOTAL)).map((p) => p.belowElapsed)).toEqual([true, false]);
  });

  it('explains a checkpoint in its tooltip: gap to time elapsed, projects, money in 亿元 and exact yuan', () => {
    const option = executionCheckpointsOption(only2023(), zh);
    const html = tooltipOf(option)({ seriesIndex: 0, dataIndex: 4 });
    expect(html).toContain('5月底');
    expect(html).toContain('-13.2 个百分点'); // 28.42 % − 41.67 %
    expect(html).toContain('<b>132</b>');
    expect(html).toContain('4.68 亿元');
    expect(html).toContain('468,123,456.78 元');
    expect(html).toContain('1.33 亿元');
    expect(tooltipOf(option)({ seriesIndex: 1, dataIndex: 7 })).toContain('8月底');
    expect(tooltipOf(option)({ seriesIndex: 1, dataIndex: 0 })).toBe('');
  });

  it('keeps only the checkpoints with reports', () => {
    const [bars, line] = seriesOf(executionCheckpointsOption(only2023(MAY_TOTAL, NO_REPORTS), zh));
    expect(bars.data.filter((d) => d !== null)).toHaveLength(1);
    expect(line.data.filter((d) => d!.symbol !== 'none')).toHaveLength(1);
  });

  it('speaks English, and follows the dark theme', () => {
    const option = executionCheckpointsOption(only2023(), en) as unknown as {
      legend: { data: string[] };
      xAxis: { data: string[] };
    };
    expect(option.legend.data).toEqual(['2023 execution rate', 'Time elapsed']);
    expect(option.xAxis.data.slice(4, 8)).toEqual(['May', 'Jun', 'Jul', 'Aug']);
    expect(tooltipOf(option)({ seriesIndex: 0, dataIndex: 7 })).toContain('¥466.01M');
    const dark = executionCheckpointsOption(only2023(), testChartContext('zh', 'dark')) as unknown as {
      yAxis: { splitLine: { lineStyle: { color: string } } };
    };
    expect(dark.yAxis.splitLine.lineStyle.color).toBe(testChartContext('zh', 'dark').palette.grid);
  });
});
