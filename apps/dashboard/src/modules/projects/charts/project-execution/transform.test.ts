import { describe, expect, it } from 'vitest';
import { testChartContext } from '../../../../app/charts/chart-context';
import type { MonitoringReport } from '../../project-detail';
import { projectExecutionOption } from './transform';

const zh = testChartContext('zh');
const report = (month: number, budget: string, executed: string, failed: boolean | null): MonitoringReport => ({
  id: `R${month}`,
  checkpoint: { month, periodEnd: '', elapsedNumerator: month, elapsedDenominator: 12 },
  budget,
  executed,
  executionRate: Number(budget) > 0 ? Number(executed) / Number(budget) : null,
  failed,
  failureReasons: [],
  status: 'CONFIRMED',
  submittedOn: null,
  indicatorActuals: [],
});

type Option = {
  xAxis: { data: string[] };
  tooltip: { formatter: (p: unknown) => string };
  series: Array<{ name: string; data: Array<number | { value: number; itemStyle: { color: string } }> }>;
};

describe('a project’s execution over the checkpoints', () => {
  it('draws budget and executed in 万元 and the rate against time elapsed, in checkpoint order', () => {
    const option = projectExecutionOption(
      [report(8, '4532240.00', '3342325.40', false), report(5, '4532240.00', '1000000.00', true)],
      zh,
    ) as unknown as Option;
    expect(option.xAxis.data).toEqual(['5月底', '8月底']);
    expect(option.series.map((s) => s.name)).toEqual(['预算', '已执行', '执行率', '时序进度']);
    expect(option.series[0].data).toEqual([453.22, 453.22]);
    expect(option.series[1].data).toEqual([100, 334.23]);
    const rate = option.series[2].data as Array<{ value: number; itemStyle: { color: string } }>;
    expect(rate[0].itemStyle.color).toBe(zh.palette.belowElapsed); // 22.1 % < 41.7 %
    expect(option.series[3].data).toEqual([5 / 12, 8 / 12]);
  });

  it('gives the exact yuan and the checkpoint result in the tooltip', () => {
    const option = projectExecutionOption([report(5, '4532240.00', '1000000.00', true)], zh) as unknown as Option;
    const html = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('4,532,240.00 元');
    expect(html).toContain('未达标');
  });

  it('draws nothing without reports', () => {
    expect(projectExecutionOption([], zh)).toBeNull();
  });

  it('leaves out the rate of a checkpoint whose budget is zero (not applicable), never marking it below time elapsed', () => {
    const option = projectExecutionOption([report(5, '0.00', '0.00', false)], zh) as unknown as Option;
    const [point] = option.series[2].data as Array<{ value: number | null; itemStyle: { color: string } }>;
    expect(point).toEqual({ value: null, itemStyle: { color: zh.palette.primary } });
  });
});
