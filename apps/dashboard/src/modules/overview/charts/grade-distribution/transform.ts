import type { EChartOption } from '@jixiao/ui/echart';
import { formatCount, formatShare, formatYuan } from '@jixiao/ui/format';
import { EVALUATION_KIND_LABELS, GRADE_LABELS, GRADES, type EvaluationKind, type Grade } from '@jixiao/schema/enums';
import type { GradeFiguresFragment } from '../../../../generated/graphql';
import type { ChartContext } from '../chart-context';
import { GRADE_COLORS, PALETTE } from '../palette';
import { tooltipHtml } from '../tooltip';

export interface KindDistribution {
  kind: EvaluationKind;
  distribution: GradeFiguresFragment;
}

function countOf(distribution: GradeFiguresFragment, grade: Grade): number {
  return distribution.buckets.find((b) => b.grade === grade)?.count ?? 0;
}

/** Segments narrower than this carry no label (it would not fit). */
const MIN_LABELLED_SHARE = 0.07;

/**
 * One 100 % bar per kind of evaluation, split into 优/良/中/差. Shares are computed from the counts
 * (exact); kinds without evaluations are left out. Null when no kind has any.
 */
export function gradeDistributionOption(kinds: readonly KindDistribution[], { t, lang }: ChartContext): EChartOption | null {
  const shown = kinds.filter((k) => k.distribution.total > 0);
  if (shown.length === 0) return null;
  // First kind on top.
  const ordered = [...shown].reverse();
  const kindName = (k: KindDistribution) => EVALUATION_KIND_LABELS[k.kind][lang];

  return {
    animationDuration: 400,
    legend: { top: 0, data: GRADES.map((g) => GRADE_LABELS[g][lang]) },
    grid: { left: 8, right: 16, top: 36, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = (params as Array<{ dataIndex: number }>)[0];
        const k = ordered[first.dataIndex];
        const d = k.distribution;
        return tooltipHtml(kindName(k), [
          [t('chart.grades.evaluations'), formatCount(d.total)],
          [t('chart.grades.budget'), formatYuan(d.budget, { locale: lang })],
          [t('chart.grades.findings'), formatCount(d.findings)],
          ...GRADES.map((g) => {
            const count = countOf(d, g);
            return [GRADE_LABELS[g][lang], `${t('chart.grades.countOf', { count: formatCount(count) })} · ${formatShare(count, d.total)}`] as const;
          }),
        ]);
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      splitLine: { lineStyle: { color: PALETTE.grid } },
      axisLabel: { formatter: (value: number) => `${Math.round(value * 100)}%` },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((k) => `${kindName(k)}\n${t('chart.grades.countOf', { count: formatCount(k.distribution.total) })}`),
      axisTick: { show: false },
      axisLabel: { color: PALETTE.text, lineHeight: 16 },
    },
    series: GRADES.map((grade) => ({
      type: 'bar' as const,
      name: GRADE_LABELS[grade][lang],
      stack: 'grades',
      barMaxWidth: 28,
      itemStyle: { color: GRADE_COLORS[grade] },
      data: ordered.map((k) => countOf(k.distribution, grade) / k.distribution.total),
      label: {
        show: true,
        color: '#fff',
        formatter: (params: unknown) => {
          const k = ordered[(params as { dataIndex: number }).dataIndex];
          const count = countOf(k.distribution, grade);
          return count / k.distribution.total < MIN_LABELLED_SHARE ? '' : formatShare(count, k.distribution.total, 0);
        },
      },
    })),
  };
}
