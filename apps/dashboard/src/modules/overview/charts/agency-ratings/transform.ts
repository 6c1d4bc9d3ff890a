import type { EChartOption } from '@jixiao/ui/echart';
import { formatDecimal } from '@jixiao/ui/format';
import { AGENCY_RATINGS, type AgencyRating } from '@jixiao/schema/enums';
import { DEFAULT_RULE_SET } from '@jixiao/schema/rule-defaults';
import type { AgencyRatingFiguresFragment } from '../../../../generated/graphql';
import type { ChartContext } from '../../../../app/charts/chart-context';
import { RATING_COLORS, RATING_COMPONENT_COLORS } from '../../../../app/charts/palette';
import { tooltipHtml } from '../../../../app/charts/tooltip';

export type RatingComponent = 'quantity' | 'quality' | 'effect' | 'satisfaction';
export const RATING_COMPONENTS: readonly RatingComponent[] = ['quantity', 'quality', 'effect', 'satisfaction'];
export type RatingWeights = Record<RatingComponent, number>;

function isRating(value: string): value is AgencyRating {
  return (AGENCY_RATINGS as readonly string[]).includes(value);
}

/** The weights of the year's rules (quantity 20, quality 40, effect 20, satisfaction 20 by default). */
export function ratingWeights(rules: unknown): RatingWeights {
  const weights = (rules as { agencyRating?: { weights?: Partial<RatingWeights> } } | null)?.agencyRating?.weights;
  const fallback = DEFAULT_RULE_SET.agencyRating.weights;
  const pick = (k: RatingComponent) => (typeof weights?.[k] === 'number' ? weights[k]! : fallback[k]);
  return {
    quantity: pick('quantity'),
    quality: pick('quality'),
    effect: pick('effect'),
    satisfaction: pick('satisfaction'),
  };
}

/** Agencies by score, best first (ties by name). */
export function rankedAgencies(rows: readonly AgencyRatingFiguresFragment[]): AgencyRatingFiguresFragment[] {
  return [...rows].sort((a, b) => b.score - a.score || a.agencyName.localeCompare(b.agencyName));
}

/** How many agencies have each rating, A to D. */
export function ratingCounts(rows: readonly AgencyRatingFiguresFragment[]): Record<AgencyRating, number> {
  const counts: Record<AgencyRating, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (const row of rows) if (isRating(row.rating)) counts[row.rating] += 1;
  return counts;
}

export function agencyChartHeight(agencies: number): number {
  return Math.max(300, 64 + agencies * 36);
}

const COMPONENT_KEYS = {
  quantity: 'chart.agencies.quantity',
  quality: 'chart.agencies.quality',
  effect: 'chart.agencies.effect',
  satisfaction: 'chart.agencies.satisfaction',
} as const;

/**
 * A bar per agency made of its four components, each weighted as the rules weigh it, so the bar's
 * length is the weighted score; the rating (A–D, in its colour) and the score label the bar's end.
 * Null when none is rated.
 */
export function agencyRatingsOption(
  rows: readonly AgencyRatingFiguresFragment[],
  weights: RatingWeights,
  { t, palette }: ChartContext,
  options: { keepOrder?: boolean } = {},
): EChartOption | null {
  if (rows.length === 0) return null;
  // Best on top (ECharts draws the first category at the bottom); or the rows' own order, first on top.
  const ordered = (options.keepOrder ? [...rows] : rankedAgencies(rows)).reverse();
  const last = RATING_COMPONENTS.length - 1;
  return {
    animationDuration: 400,
    legend: {
      top: 0,
      data: RATING_COMPONENTS.map((c) => `${t(COMPONENT_KEYS[c])} ×${weights[c]}%`),
      textStyle: { color: palette.text },
      selectedMode: false,
    },
    grid: { left: 8, right: 72, top: 32, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const a = ordered[(params as Array<{ dataIndex: number }>)[0].dataIndex];
        return tooltipHtml(a.agencyName, [
          [t('chart.agencies.rating'), a.rating],
          [t('chart.agencies.score'), formatDecimal(a.score, 1)],
          ...RATING_COMPONENTS.map(
            (c) =>
              [
                `${t(COMPONENT_KEYS[c])}（${weights[c]}%）`,
                t('chart.agencies.component', {
                  score: formatDecimal(a[c], 1),
                  points: formatDecimal((a[c] * weights[c]) / 100, 1),
                }),
              ] as const,
          ),
        ]);
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { color: palette.muted },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((a) => a.agencyName),
      axisTick: { show: false },
      axisLabel: { width: 190, overflow: 'truncate', color: palette.text },
    },
    series: RATING_COMPONENTS.map((c, i) => ({
      type: 'bar' as const,
      name: `${t(COMPONENT_KEYS[c])} ×${weights[c]}%`,
      stack: 'score',
      barMaxWidth: 18,
      itemStyle: { color: RATING_COMPONENT_COLORS[c], borderRadius: i === last ? [0, 3, 3, 0] : 0 },
      data: ordered.map((a) => (a[c] * weights[c]) / 100),
      label:
        i === last
          ? {
              show: true,
              position: 'right' as const,
              fontWeight: 'bold' as const,
              formatter: (params: unknown) => {
                const a = ordered[(params as { dataIndex: number }).dataIndex];
                return `{${isRating(a.rating) ? a.rating : 'D'}|${a.rating}} ${formatDecimal(a.score, 1)}`;
              },
              rich: Object.fromEntries(
                AGENCY_RATINGS.map((r) => [r, { color: RATING_COLORS[r], fontWeight: 'bold' as const }]),
              ),
              color: palette.text,
            }
          : { show: false },
    })),
  };
}
