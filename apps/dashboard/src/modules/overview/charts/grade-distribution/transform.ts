import type { EChartOption } from '@jixiao/ui/echart';
import { formatCount, formatShare, formatYuan, formatYuanExact } from '@jixiao/ui/format';
import { EVALUATION_KIND_LABELS, GRADE_LABELS, GRADES, type EvaluationKind, type Grade } from '@jixiao/schema/enums';
import type { ChartContext } from '../../../../app/charts/chart-context';
import { GRADE_COLORS } from '../../../../app/charts/palette';
import { tooltipHtml } from '../../../../app/charts/tooltip';

/** A grade distribution; `findings` is unknown when it was counted from the aggregate. */
export interface GradeFigures {
  total: number;
  budget: string;
  findings: number | null;
  buckets: ReadonlyArray<{ grade: Grade | string; count: number; share: number }>;
}

export interface KindDistribution {
  kind: EvaluationKind;
  distribution: GradeFigures;
}

function countOf(distribution: GradeFigures, grade: Grade): number {
  return distribution.buckets.find((b) => b.grade === grade)?.count ?? 0;
}

/** Segments narrower than this carry their count only (a share would not fit). */
const MIN_LABELLED_SHARE = 0.07;

/** The grade a click on a segment means (its series is the grade). */
export function gradeAt(seriesIndex: number): Grade | null {
  return GRADES[seriesIndex] ?? null;
}

/**
 * One 100 % bar per kind of evaluation, split into 优/良/中/差. Shares are computed from the counts
 * (exact); kinds without evaluations are left out. A selected grade is drawn strong, the others faded.
 * Null when no kind has any.
 */
export function gradeDistributionOption(
  kinds: readonly KindDistribution[],
  { t, lang, palette }: ChartContext,
  selected: Grade | null = null,
): EChartOption | null {
  const shown = kinds.filter((k) => k.distribution.total > 0);
  if (shown.length === 0) return null;
  // First kind on top.
  const ordered = [...shown].reverse();
  const kindName = (k: KindDistribution) => EVALUATION_KIND_LABELS[k.kind][lang];

  return {
    animationDuration: 400,
    legend: {
      top: 0,
      data: GRADES.map((g) => GRADE_LABELS[g][lang]),
      textStyle: { color: palette.text },
      selectedMode: false,
    },
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
          [t('chart.grades.budget'), `${formatYuan(d.budget, { locale: lang })}（${formatYuanExact(d.budget, lang)}）`],
          ...(d.findings === null ? [] : [[t('chart.grades.findings'), formatCount(d.findings)] as const]),
          ...GRADES.map((g) => {
            const count = countOf(d, g);
            return [
              GRADE_LABELS[g][lang],
              `${t('chart.grades.countOf', { count: formatCount(count) })} · ${formatShare(count, d.total)}`,
            ] as const;
          }),
        ]);
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      splitLine: { lineStyle: { color: palette.grid } },
      axisLabel: { formatter: (value: number) => `${Math.round(value * 100)}%`, color: palette.muted },
    },
    yAxis: {
      type: 'category',
      data: ordered.map(
        (k) => `${kindName(k)}\n${t('chart.grades.countOf', { count: formatCount(k.distribution.total) })}`,
      ),
      axisTick: { show: false },
      axisLabel: { color: palette.text, lineHeight: 16 },
    },
    series: GRADES.map((grade) => ({
      type: 'bar' as const,
      name: GRADE_LABELS[grade][lang],
      stack: 'grades',
      barMaxWidth: 28,
      cursor: 'pointer',
      itemStyle: { color: GRADE_COLORS[grade], opacity: selected && selected !== grade ? 0.3 : 1 },
      data: ordered.map((k) => countOf(k.distribution, grade) / k.distribution.total),
      label: {
        show: true,
        color: '#fff',
        formatter: (params: unknown) => {
          const k = ordered[(params as { dataIndex: number }).dataIndex];
          const count = countOf(k.distribution, grade);
          // The count always (17 中 is read without hovering); its share too where the segment has room.
          if (count === 0) return '';
          const share = count / k.distribution.total;
          if (share < MIN_LABELLED_SHARE) return formatCount(count);
          return `${formatCount(count)} · ${formatShare(count, k.distribution.total, 0)}`;
        },
      },
    })),
  };
}
