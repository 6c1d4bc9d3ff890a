import type { EChartOption } from '@jixiao/ui/echart';
import { formatRate, formatYuan, formatYuanExact, formatYuanRatio, yuanInUnit } from '@jixiao/ui/format';
import type { ChartContext } from '../../../../app/charts/chart-context';
import { tooltipHtml } from '../../../../app/charts/tooltip';
import { checkpointName } from '../../../../app/i18n/translate';
import type { MonitoringReport } from '../../project-detail';
import { sortedReports } from '../../project-detail';

/**
 * A project's budget and execution at each checkpoint (bars, in 万元) and its execution rate against the
 * share of the year elapsed (lines, right axis). Null without reports.
 */
export function projectExecutionOption(
  reports: readonly MonitoringReport[],
  { t, lang, palette }: ChartContext,
): EChartOption | null {
  const ordered = sortedReports(reports).filter((r) => r.checkpoint);
  if (ordered.length === 0) return null;
  const months = ordered.map((r) => r.checkpoint!.month);
  // The share of the year elapsed at each checkpoint, by the server's rule of the year.
  const elapsed = (month: number) => {
    const cp = ordered.find((r) => r.checkpoint!.month === month)!.checkpoint!;
    return cp.elapsedNumerator && cp.elapsedDenominator ? cp.elapsedNumerator / cp.elapsedDenominator : month / 12;
  };
  const names = {
    budget: t('detail.chart.budget'),
    executed: t('detail.chart.executed'),
    rate: t('chart.checkpoints.rate'),
    elapsed: t('chart.checkpoints.elapsed'),
  };
  return {
    animationDuration: 400,
    legend: {
      top: 0,
      data: [names.budget, names.executed, names.rate, names.elapsed],
      textStyle: { color: palette.text },
    },
    grid: { left: 56, right: 48, top: 40, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const r = ordered[(params as Array<{ dataIndex: number }>)[0].dataIndex];
        return tooltipHtml(checkpointName(t, r.checkpoint!.month), [
          [names.budget, `${formatYuan(r.budget, { locale: lang })}（${formatYuanExact(r.budget, lang)}）`],
          [names.executed, `${formatYuan(r.executed, { locale: lang })}（${formatYuanExact(r.executed, lang)}）`],
          [names.rate, formatYuanRatio(r.executed, r.budget)],
          [names.elapsed, formatRate(elapsed(r.checkpoint!.month))],
          [
            t('detail.chart.result'),
            r.failed === null
              ? t('detail.report.pending')
              : r.failed
                ? t('detail.report.failed')
                : t('detail.report.passed'),
          ],
        ]);
      },
    },
    xAxis: { type: 'category', data: months.map((m) => checkpointName(t, m)), axisLabel: { color: palette.text } },
    yAxis: [
      {
        type: 'value',
        name: t('detail.chart.wan'),
        nameTextStyle: { color: palette.muted },
        splitLine: { lineStyle: { color: palette.grid } },
        axisLabel: { color: palette.muted },
      },
      {
        type: 'value',
        min: 0,
        max: 1,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatRate(v, 0), color: palette.muted },
      },
    ],
    series: [
      {
        type: 'bar',
        name: names.budget,
        barMaxWidth: 32,
        itemStyle: { color: palette.previous },
        data: ordered.map((r) => yuanInUnit(r.budget, 'wan', 2)),
      },
      {
        type: 'bar',
        name: names.executed,
        barMaxWidth: 32,
        itemStyle: { color: palette.primary },
        data: ordered.map((r) => yuanInUnit(r.executed, 'wan', 2)),
      },
      {
        type: 'line',
        name: names.rate,
        yAxisIndex: 1,
        data: ordered.map((r) => ({
          // A zero budget has no rate (null): no point, and it never counts as below the time elapsed.
          value: r.executionRate === null ? null : Math.min(1, r.executionRate),
          itemStyle: {
            color:
              r.executionRate !== null && r.executionRate < elapsed(r.checkpoint!.month)
                ? palette.belowElapsed
                : palette.primary,
          },
        })),
        lineStyle: { color: palette.primary },
        symbolSize: 9,
        label: {
          show: true,
          color: palette.text,
          formatter: (p: unknown) =>
            formatYuanRatio(
              ordered[(p as { dataIndex: number }).dataIndex].executed,
              ordered[(p as { dataIndex: number }).dataIndex].budget,
            ),
        },
      },
      {
        type: 'line',
        name: names.elapsed,
        yAxisIndex: 1,
        data: months.map((m) => elapsed(m)),
        lineStyle: { type: 'dashed', color: palette.elapsed },
        itemStyle: { color: palette.elapsed },
        symbol: 'circle',
        symbolSize: 6,
      },
    ],
  };
}
