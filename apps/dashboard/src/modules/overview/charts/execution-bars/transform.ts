import type { EChartOption } from '@jixiao/ui/echart';
import { formatCount, formatShare, formatYuan, formatYuanExact, formatYuanRatio } from '@jixiao/ui/format';
import { FUND_FAMILY_LABELS, type FundFamily } from '@jixiao/schema/enums';
import type { ChartContext } from '../../../../app/charts/chart-context';
import { tooltipHtml } from '../../../../app/charts/tooltip';
import type { Lang } from '../../../../app/i18n/translate';
import {
  belowElapsed,
  elapsedFraction,
  type Checkpoint,
  type ExecutionFigures,
} from '../../../../app/analytics/checkpoints';

// Execution rate of groups of projects (fund families, sections, units) at a checkpoint: sorted bars
// with the share of the year elapsed as a reference line. Clicking a bar selects its group.

export interface ExecutionBar {
  key: string;
  name: string;
  /** null when the group's budget is zero (not applicable). */
  rate: number | null;
  rateText: string;
  row: ExecutionFigures;
  belowElapsed: boolean;
}

/** A fund family in the reader's language; the server's label for a family this build does not know. */
export function familyName(row: Pick<ExecutionFigures, 'key' | 'label'>, lang: Lang): string {
  const labels = FUND_FAMILY_LABELS[row.key as FundFamily] as { zh: string; en: string } | undefined;
  return labels ? labels[lang] : row.label;
}

/** The groups with reports, highest execution rate first, a rate that does not apply last (ties by name). */
export function executionBars(
  rows: readonly ExecutionFigures[],
  checkpoint: Checkpoint,
  nameOf: (row: ExecutionFigures) => string = (row) => row.label,
): ExecutionBar[] {
  return rows
    .filter((row) => row.projectCount > 0)
    .map((row) => ({
      key: row.key,
      name: nameOf(row),
      rate: row.executionRate,
      rateText: formatYuanRatio(row.executed, row.budget),
      row,
      belowElapsed: belowElapsed(row.executionRate, checkpoint),
    }))
    .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.name.localeCompare(b.name));
}

/** Height that keeps every bar and its two-line label readable. */
export function barsChartHeight(bars: number): number {
  return Math.max(300, 48 + bars * 40);
}

/** The bars in drawing order: ECharts draws the first category at the bottom, so the highest goes last. */
export function drawingOrder(bars: readonly ExecutionBar[]): ExecutionBar[] {
  return [...bars].reverse();
}

export interface ExecutionBarsOptions {
  /** The selected group: drawn strong, the others faded. */
  selected?: string | null;
  /** Width of the category labels. */
  labelWidth?: number;
}

/**
 * The bars of `executionBars`, with the share of the year elapsed at the checkpoint as a vertical
 * reference line; groups below it are drawn in the warning colour. Null when no group has reports.
 */
export function executionBarsOption(
  bars: readonly ExecutionBar[],
  checkpoint: Checkpoint,
  { t, lang, palette }: ChartContext,
  options: ExecutionBarsOptions = {},
): EChartOption | null {
  if (bars.length === 0) return null;
  const ordered = drawingOrder(bars);
  const elapsedText = formatShare(checkpoint.elapsed.numerator, checkpoint.elapsed.denominator);
  const highest = Math.max(1, ...bars.map((b) => b.rate ?? 0));
  const selected = options.selected ?? null;

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
          [
            t('chart.checkpoints.budget'),
            `${formatYuan(bar.row.budget, { locale: lang })}（${formatYuanExact(bar.row.budget, lang)}）`,
          ],
          [
            t('chart.checkpoints.executed'),
            `${formatYuan(bar.row.executed, { locale: lang })}（${formatYuanExact(bar.row.executed, lang)}）`,
          ],
        ]);
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: highest > 1 ? undefined : 1,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { formatter: (value: number) => `${Math.round(value * 100)}%`, color: palette.muted },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((b) => b.name),
      axisTick: { show: false },
      axisLabel: {
        width: options.labelWidth ?? (lang === 'zh' ? 112 : 150),
        overflow: 'break',
        lineHeight: 14,
        color: palette.text,
        fontWeight: (value: string) =>
          selected && ordered.find((b) => b.name === value)?.key === selected ? 'bold' : 'normal',
      } as never,
    },
    series: [
      {
        type: 'bar',
        name: t('chart.checkpoints.rate'),
        barMaxWidth: 22,
        cursor: 'pointer',
        data: ordered.map((b) => ({
          value: b.rate,
          itemStyle: {
            color: b.belowElapsed ? palette.belowElapsed : palette.primary,
            borderRadius: [0, 3, 3, 0],
            opacity: selected && b.key !== selected ? 0.3 : 1,
            ...(selected === b.key ? { borderColor: palette.selected, borderWidth: 2 } : {}),
          },
        })),
        label: {
          show: true,
          position: 'right',
          color: palette.text,
          formatter: (params) => ordered[(params as { dataIndex: number }).dataIndex].rateText,
        },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed', color: palette.elapsed, width: 1.5 },
          label: {
            position: 'end',
            formatter: t('chart.fundFamily.elapsed', { elapsed: elapsedText }),
            color: palette.muted,
          },
          data: [{ xAxis: elapsedFraction(checkpoint) }],
        },
      },
    ],
  };
}
