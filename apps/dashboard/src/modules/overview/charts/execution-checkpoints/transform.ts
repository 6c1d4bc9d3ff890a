import type { EChartOption } from '@jixiao/ui/echart';
import { formatCount, formatDecimal, formatRate, formatShare, formatYuan, formatYuanRatio } from '@jixiao/ui/format';
import type { ExecutionFiguresFragment } from '../../../../generated/graphql';
import { checkpointName, monthShortName } from '../../../../app/i18n/translate';
import { elapsedFraction, hasReports, type AtCheckpoint, type Checkpoint } from '../../checkpoints';
import type { ChartContext } from '../chart-context';
import { PALETTE } from '../palette';
import { tooltipHtml } from '../tooltip';

export interface CheckpointPoint {
  checkpoint: Checkpoint;
  total: ExecutionFiguresFragment;
  /** Executed ÷ budget, exact, as shown ("72.2%"). */
  rateText: string;
  /** Months elapsed ÷ 12, as shown ("66.7%"). */
  elapsedText: string;
  belowElapsed: boolean;
}

/** The checkpoints with reports, in calendar order, with their figures as shown. */
export function checkpointPoints(totals: readonly AtCheckpoint<readonly ExecutionFiguresFragment[]>[]): CheckpointPoint[] {
  return totals
    .filter((c) => hasReports(c.value))
    .sort((a, b) => a.checkpoint.month - b.checkpoint.month)
    .map(({ checkpoint, value }) => {
      const total = value[0];
      return {
        checkpoint,
        total,
        rateText: formatYuanRatio(total.executed, total.budget),
        elapsedText: formatShare(checkpoint.elapsed.numerator, checkpoint.elapsed.denominator),
        belowElapsed: total.executionRate < elapsedFraction(checkpoint),
      };
    });
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * Execution rate at each checkpoint (a bar at the checkpoint's month) against the share of the year
 * elapsed (the dashed line months ÷ 12 through the year, labelled at the checkpoints). Null when no
 * checkpoint has reports.
 */
export function executionCheckpointsOption(
  totals: readonly AtCheckpoint<readonly ExecutionFiguresFragment[]>[],
  { t, lang }: ChartContext,
): EChartOption | null {
  const points = checkpointPoints(totals);
  if (points.length === 0) return null;
  const rateName = t('chart.checkpoints.rate');
  const elapsedName = t('chart.checkpoints.elapsed');
  const highest = Math.max(1, ...points.map((p) => p.total.executionRate));
  const pointAt = (month: number) => points.find((p) => p.checkpoint.month === month);

  const tooltipFor = (p: CheckpointPoint) => {
    const gap = formatDecimal((p.total.executionRate - elapsedFraction(p.checkpoint)) * 100, 1);
    return tooltipHtml(checkpointName(t, p.checkpoint.month), [
      [rateName, p.rateText],
      [elapsedName, p.elapsedText],
      [t('chart.checkpoints.gap'), t('common.pp', { value: gap.startsWith('-') ? gap : `+${gap}` })],
      [t('chart.checkpoints.projects'), formatCount(p.total.projectCount)],
      [t('chart.checkpoints.budget'), formatYuan(p.total.budget, { locale: lang })],
      [t('chart.checkpoints.executed'), formatYuan(p.total.executed, { locale: lang })],
    ]);
  };

  return {
    animationDuration: 400,
    legend: { top: 0, data: [rateName, elapsedName] },
    grid: { left: 48, right: 24, top: 40, bottom: 28 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = pointAt((params as { dataIndex: number }).dataIndex + 1);
        return p ? tooltipFor(p) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: MONTHS.map((m) => monthShortName(t, m)),
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: highest > 1 ? undefined : 1,
      splitLine: { lineStyle: { color: PALETTE.grid } },
      axisLabel: { formatter: (value: number) => formatRate(value, 0) },
    },
    series: [
      {
        type: 'bar',
        name: rateName,
        barWidth: 24,
        data: MONTHS.map((m) => {
          const p = pointAt(m);
          if (!p) return null;
          return {
            value: p.total.executionRate,
            itemStyle: { color: p.belowElapsed ? PALETTE.belowElapsed : PALETTE.primary, borderRadius: [3, 3, 0, 0] },
          };
        }),
        label: {
          show: true,
          position: 'top',
          fontWeight: 'bold',
          formatter: (params) => pointAt((params as { dataIndex: number }).dataIndex + 1)?.rateText ?? '',
        },
      },
      {
        type: 'line',
        name: elapsedName,
        // Share of the year elapsed at the end of each month; dots and labels only at the checkpoints.
        data: MONTHS.map((m) => {
          const p = pointAt(m);
          return p
            ? { value: elapsedFraction(p.checkpoint), label: { show: true, formatter: p.elapsedText } }
            : { value: m / 12, symbol: 'none' };
        }),
        lineStyle: { type: 'dashed', color: PALETTE.elapsed, width: 1.5 },
        itemStyle: { color: PALETTE.elapsed },
        symbolSize: 7,
        // Left of the dot, clear of the 24 px bar centred under it.
        label: { show: false, position: 'left', distance: 18, color: PALETTE.muted },
        z: 3,
      },
    ],
  };
}
