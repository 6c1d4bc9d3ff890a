import type { EChartOption } from '@jixiao/ui/echart';
import {
  formatCount,
  formatDecimal,
  formatRate,
  formatShare,
  formatYuan,
  formatYuanExact,
  formatYuanRatio,
} from '@jixiao/ui/format';
import type { ChartContext } from '../../../../app/charts/chart-context';
import { tooltipHtml } from '../../../../app/charts/tooltip';
import { checkpointName, monthShortName } from '../../../../app/i18n/translate';
import {
  belowElapsed,
  elapsedFraction,
  hasReports,
  type AtCheckpoint,
  type Checkpoint,
  type ExecutionFigures,
} from '../../../../app/analytics/checkpoints';

export interface CheckpointPoint {
  checkpoint: Checkpoint;
  total: ExecutionFigures;
  /** Executed ÷ budget, exact, as shown ("72.2%"). */
  rateText: string;
  /** Months elapsed ÷ 12, as shown ("66.7%"). */
  elapsedText: string;
  belowElapsed: boolean;
}

/** The checkpoints with reports, in calendar order, with their figures as shown. */
export function checkpointPoints(totals: readonly AtCheckpoint<readonly ExecutionFigures[]>[]): CheckpointPoint[] {
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
        belowElapsed: belowElapsed(total.executionRate, checkpoint),
      };
    });
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export interface CheckpointSeries {
  year: number;
  current: readonly AtCheckpoint<readonly ExecutionFigures[]>[];
  /** The year before, drawn beside (empty when it has no reports). */
  previous: readonly AtCheckpoint<readonly ExecutionFigures[]>[];
}

/**
 * Execution rate at each checkpoint (a bar at the checkpoint's month), the year before beside it, against
 * the share of the year elapsed (the dashed line months ÷ 12 through the year, labelled at the
 * checkpoints). Null when the year shown has no reports.
 */
export function executionCheckpointsOption(
  series: CheckpointSeries,
  { t, lang, palette }: ChartContext,
): EChartOption | null {
  const points = checkpointPoints(series.current);
  if (points.length === 0) return null;
  const before = checkpointPoints(series.previous);
  const rateName = t('chart.checkpoints.yearRate', { year: series.year });
  const previousName = t('chart.checkpoints.yearRate', { year: series.year - 1 });
  const elapsedName = t('chart.checkpoints.elapsed');
  const highest = Math.max(1, ...[...points, ...before].map((p) => p.total.executionRate ?? 0));
  const pointAt = (list: CheckpointPoint[], month: number) => list.find((p) => p.checkpoint.month === month);

  const tooltipFor = (p: CheckpointPoint, year: number) => {
    const rate = p.total.executionRate;
    const gap = rate === null ? null : formatDecimal((rate - elapsedFraction(p.checkpoint)) * 100, 1);
    return tooltipHtml(`${t('common.yearOption', { year })} · ${checkpointName(t, p.checkpoint.month)}`, [
      [t('chart.checkpoints.rate'), p.rateText],
      [elapsedName, p.elapsedText],
      [
        t('chart.checkpoints.gap'),
        gap === null ? '—' : t('common.pp', { value: gap.startsWith('-') ? gap : `+${gap}` }),
      ],
      [t('chart.checkpoints.projects'), formatCount(p.total.projectCount)],
      [
        t('chart.checkpoints.budget'),
        `${formatYuan(p.total.budget, { locale: lang })}（${formatYuanExact(p.total.budget, lang)}）`,
      ],
      [
        t('chart.checkpoints.executed'),
        `${formatYuan(p.total.executed, { locale: lang })}（${formatYuanExact(p.total.executed, lang)}）`,
      ],
    ]);
  };

  const bars = (list: CheckpointPoint[], current: boolean) =>
    MONTHS.map((m) => {
      const p = pointAt(list, m);
      if (!p) return null;
      const color = current ? (p.belowElapsed ? palette.belowElapsed : palette.primary) : palette.previous;
      return { value: p.total.executionRate, itemStyle: { color, borderRadius: [3, 3, 0, 0] } };
    });

  return {
    animationDuration: 400,
    legend: {
      top: 0,
      data: before.length > 0 ? [rateName, previousName, elapsedName] : [rateName, elapsedName],
      textStyle: { color: palette.text },
    },
    grid: { left: 48, right: 24, top: 40, bottom: 28 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const { seriesIndex, dataIndex } = params as { seriesIndex: number; dataIndex: number };
        const month = dataIndex + 1;
        const previous = before.length > 0 && seriesIndex === 1;
        const p = previous ? pointAt(before, month) : pointAt(points, month);
        return p ? tooltipFor(p, previous ? series.year - 1 : series.year) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: MONTHS.map((m) => monthShortName(t, m)),
      axisTick: { alignWithLabel: true },
      axisLabel: { color: palette.muted },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: highest > 1 ? undefined : 1,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { formatter: (value: number) => formatRate(value, 0), color: palette.muted },
    },
    series: [
      {
        type: 'bar',
        name: rateName,
        // The series colour is the legend's; each bar carries its own (warning below time elapsed).
        itemStyle: { color: palette.primary },
        barWidth: before.length > 0 ? 18 : 24,
        barGap: '10%',
        data: bars(points, true),
        label: {
          show: true,
          position: 'top',
          fontWeight: 'bold',
          color: palette.text,
          formatter: (params) => pointAt(points, (params as { dataIndex: number }).dataIndex + 1)?.rateText ?? '',
        },
      },
      ...(before.length > 0
        ? [
            {
              type: 'bar' as const,
              name: previousName,
              itemStyle: { color: palette.previous },
              barWidth: 18,
              // Unlabelled: the year shown carries the labels; the tooltip gives the year before's rate.
              data: bars(before, false),
            },
          ]
        : []),
      {
        type: 'line',
        name: elapsedName,
        // Share of the year elapsed at the end of each month; dots and labels only at the checkpoints.
        data: MONTHS.map((m) => {
          const p = pointAt(points, m);
          return p
            ? { value: elapsedFraction(p.checkpoint), label: { show: true, formatter: p.elapsedText } }
            : { value: m / 12, symbol: 'none' };
        }),
        lineStyle: { type: 'dashed', color: palette.elapsed, width: 1.5 },
        itemStyle: { color: palette.elapsed },
        symbolSize: 7,
        // Left of the dot, clear of the bar labels centred under it.
        label: { show: false, position: 'left', distance: 34, color: palette.muted },
        z: 3,
      },
    ],
  };
}
