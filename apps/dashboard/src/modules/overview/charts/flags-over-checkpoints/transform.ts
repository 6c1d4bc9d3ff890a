import type { EChartOption } from '@jixiao/ui/echart';
import { formatCount } from '@jixiao/ui/format';
import type { FlagFiguresFragment } from '../../../../generated/graphql';
import type { ChartContext } from '../../../../app/charts/chart-context';
import { FLAG_COLORS } from '../../../../app/charts/palette';
import { tooltipHtml } from '../../../../app/charts/tooltip';
import { checkpointName } from '../../../../app/i18n/translate';
import type { AtCheckpoint } from '../../../../app/analytics/checkpoints';

function hasActivity(f: FlagFiguresFragment): boolean {
  return f.yellow + f.red + f.newYellow + f.escalatedToRed + f.closed > 0;
}

/**
 * Flags over the checkpoints: at each, the yellow flags raised, those turned red and those closed
 * (bars), and the flags still open (a line). Null when no checkpoint has any flag.
 */
export function flagsOverCheckpointsOption(
  list: readonly AtCheckpoint<FlagFiguresFragment>[],
  { t, palette }: ChartContext,
): EChartOption | null {
  const points = [...list].sort((a, b) => a.checkpoint.month - b.checkpoint.month);
  if (!points.some((p) => hasActivity(p.value))) return null;
  const names = {
    newYellow: t('chart.flags.newYellow'),
    escalated: t('chart.flags.escalated'),
    closed: t('chart.flags.closed'),
    open: t('chart.flags.open'),
  };
  const bar = (name: string, color: string, value: (f: FlagFiguresFragment) => number) => ({
    type: 'bar' as const,
    name,
    barMaxWidth: 28,
    itemStyle: { color, borderRadius: [3, 3, 0, 0] },
    label: { show: true, position: 'top' as const, color: palette.text },
    data: points.map((p) => value(p.value)),
  });
  return {
    animationDuration: 400,
    legend: {
      top: 0,
      data: [names.newYellow, names.escalated, names.closed, names.open],
      textStyle: { color: palette.text },
    },
    grid: { left: 40, right: 16, top: 40, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const p = points[(params as Array<{ dataIndex: number }>)[0].dataIndex];
        const f = p.value;
        return tooltipHtml(checkpointName(t, p.checkpoint.month), [
          [names.newYellow, formatCount(f.newYellow)],
          [names.escalated, formatCount(f.escalatedToRed)],
          [names.closed, formatCount(f.closed)],
          [t('chart.flags.openYellow'), formatCount(f.yellow)],
          [t('chart.flags.openRed'), formatCount(f.red)],
        ]);
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((p) => checkpointName(t, p.checkpoint.month)),
      axisLabel: { color: palette.text },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { color: palette.muted },
    },
    series: [
      bar(names.newYellow, FLAG_COLORS.YELLOW, (f) => f.newYellow),
      bar(names.escalated, FLAG_COLORS.RED, (f) => f.escalatedToRed),
      bar(names.closed, palette.closed, (f) => f.closed),
      {
        type: 'line',
        name: names.open,
        data: points.map((p) => p.value.yellow + p.value.red),
        lineStyle: { color: palette.elapsed, type: 'dashed' },
        itemStyle: { color: palette.elapsed },
        symbolSize: 8,
        label: { show: true, position: 'top', distance: 8, color: palette.muted },
      },
    ],
  };
}
