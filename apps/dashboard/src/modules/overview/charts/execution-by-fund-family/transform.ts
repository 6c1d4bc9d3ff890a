import type { EChartOption } from '@jixiao/ui/echart';
import { formatCount, formatShare, formatYuan, formatYuanRatio } from '@jixiao/ui/format';
import { FUND_FAMILY_LABELS, type FundFamily } from '@jixiao/schema/enums';
import type { ExecutionFiguresFragment } from '../../../../generated/graphql';
import type { Lang } from '../../../../app/i18n/translate';
import { elapsedFraction, type Checkpoint } from '../../checkpoints';
import type { ChartContext } from '../chart-context';
import { PALETTE } from '../palette';
import { tooltipHtml } from '../tooltip';

export interface FundFamilyBar {
  key: string;
  name: string;
  rate: number;
  rateText: string;
  row: ExecutionFiguresFragment;
  belowElapsed: boolean;
}

function familyName(row: ExecutionFiguresFragment, lang: Lang): string {
  const labels = FUND_FAMILY_LABELS[row.key as FundFamily] as { zh: string; en: string } | undefined;
  return labels ? labels[lang] : row.label;
}

/** The families with reports, highest execution rate first (ties by name, for a stable order). */
export function fundFamilyBars(rows: readonly ExecutionFiguresFragment[], checkpoint: Checkpoint, lang: Lang): FundFamilyBar[] {
  const elapsed = elapsedFraction(checkpoint);
  return rows
    .filter((row) => row.projectCount > 0)
    .map((row) => ({
      key: row.key,
      name: familyName(row, lang),
      rate: row.executionRate,
      rateText: formatYuanRatio(row.executed, row.budget),
      row,
      belowElapsed: row.executionRate < elapsed,
    }))
    .sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name));
}

/** Height that keeps every family's bar and two-line label readable. */
export function fundFamilyChartHeight(bars: number): number {
  return Math.max(300, 48 + bars * 44);
}

/**
 * Execution rate of each fund family at a checkpoint, sorted, with the share of the year elapsed as
 * a vertical reference line; families below it are drawn in the warning colour. Null when empty.
 */
export function executionByFundFamilyOption(
  rows: readonly ExecutionFiguresFragment[],
  checkpoint: Checkpoint,
  { t, lang }: ChartContext,
): EChartOption | null {
  const bars = fundFamilyBars(rows, checkpoint, lang);
  if (bars.length === 0) return null;
  // ECharts draws the first category at the bottom: reverse so the highest rate is on top.
  const ordered = [...bars].reverse();
  const elapsedText = formatShare(checkpoint.elapsed.numerator, checkpoint.elapsed.denominator);
  const highest = Math.max(1, ...bars.map((b) => b.rate));

  return {
    animationDuration: 400,
    grid: { left: 8, right: 56, top: 28, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const bar = ordered[(params as { dataIndex: number }).dataIndex];
        return tooltipHtml(bar.name, [
          [t('chart.checkpoints.rate'), bar.rateText],
          [t('chart.checkpoints.projects'), formatCount(bar.row.projectCount)],
          [t('chart.checkpoints.budget'), formatYuan(bar.row.budget, { locale: lang })],
          [t('chart.checkpoints.executed'), formatYuan(bar.row.executed, { locale: lang })],
        ]);
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: highest > 1 ? undefined : 1,
      splitLine: { lineStyle: { color: PALETTE.grid } },
      axisLabel: { formatter: (value: number) => `${Math.round(value * 100)}%` },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((b) => b.name),
      axisTick: { show: false },
      axisLabel: { width: lang === 'zh' ? 112 : 150, overflow: 'break', lineHeight: 14, color: PALETTE.text },
    },
    series: [
      {
        type: 'bar',
        name: t('chart.checkpoints.rate'),
        barMaxWidth: 22,
        data: ordered.map((b) => ({
          value: b.rate,
          itemStyle: { color: b.belowElapsed ? PALETTE.belowElapsed : PALETTE.primary, borderRadius: [0, 3, 3, 0] },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (params) => ordered[(params as { dataIndex: number }).dataIndex].rateText,
        },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed', color: PALETTE.elapsed, width: 1.5 },
          label: { position: 'end', formatter: t('chart.fundFamily.elapsed', { elapsed: elapsedText }), color: PALETTE.muted },
          data: [{ xAxis: elapsedFraction(checkpoint) }],
        },
      },
    ],
  };
}
