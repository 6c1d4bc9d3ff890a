import type { EChartOption } from '@jixiao/ui/echart';
import { formatDecimal } from '@jixiao/ui/format';
import { AGENCY_RATINGS, type AgencyRating } from '@jixiao/schema/enums';
import type { AgencyRatingFiguresFragment } from '../../../../generated/graphql';
import type { ChartContext } from '../chart-context';
import { PALETTE, RATING_COLORS } from '../palette';
import { tooltipHtml } from '../tooltip';

function isRating(value: string): value is AgencyRating {
  return (AGENCY_RATINGS as readonly string[]).includes(value);
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
  return Math.max(300, 40 + agencies * 34);
}

/** A bar per agency, its length the weighted score, its colour the rating. Null when none is rated. */
export function agencyRatingsOption(rows: readonly AgencyRatingFiguresFragment[], { t }: ChartContext): EChartOption | null {
  if (rows.length === 0) return null;
  const ordered = rankedAgencies(rows).reverse(); // best on top
  return {
    animationDuration: 400,
    grid: { left: 8, right: 64, top: 8, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const a = ordered[(params as { dataIndex: number }).dataIndex];
        return tooltipHtml(a.agencyName, [
          [t('chart.agencies.rating'), a.rating],
          [t('chart.agencies.score'), formatDecimal(a.score, 1)],
          [t('chart.agencies.quantity'), formatDecimal(a.quantity, 1)],
          [t('chart.agencies.quality'), formatDecimal(a.quality, 1)],
          [t('chart.agencies.effect'), formatDecimal(a.effect, 1)],
          [t('chart.agencies.satisfaction'), formatDecimal(a.satisfaction, 1)],
        ]);
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((a) => a.agencyName),
      axisTick: { show: false },
      axisLabel: { width: 200, overflow: 'truncate', color: PALETTE.text },
    },
    series: [
      {
        type: 'bar',
        name: t('chart.agencies.score'),
        barMaxWidth: 18,
        data: ordered.map((a) => ({
          value: a.score,
          itemStyle: { color: isRating(a.rating) ? RATING_COLORS[a.rating] : PALETTE.muted, borderRadius: [0, 3, 3, 0] },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (params) => {
            const a = ordered[(params as { dataIndex: number }).dataIndex];
            return `${a.rating} · ${formatDecimal(a.score, 1)}`;
          },
        },
      },
    ],
  };
}
