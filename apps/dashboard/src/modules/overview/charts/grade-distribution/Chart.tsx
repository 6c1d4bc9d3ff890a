import { useMemo } from 'react';
import { GRADE_LABELS, GRADES, type Grade } from '@jixiao/schema/enums';
import { useChartContext } from '../../../../app/charts/chart-context';
import { ChartPanel } from '../../../../app/components/ChartPanel';
import { mapLoadable } from '../../../../app/loadable';
import { isNarrowed, type Scope } from '../../../../app/analytics/cross-filter';
import { useGradeDistributions } from '../../hooks/useOverviewQueries';
import { gradeAt, gradeDistributionOption } from './transform';
import { scopeListPath } from '../../links';
import { EVALUATION_KIND_LABELS } from '@jixiao/schema/enums';

/** Evaluations of the budget of `year - 1`, carried out in `year`. Clicking a grade filters the other panels. */
export function GradeDistributionChart({
  year,
  scope,
  onSelect,
  height,
}: {
  year: number;
  scope: Scope;
  onSelect?: (grade: Grade) => void;
  height?: number;
}) {
  const ctx = useChartContext();
  const { t, lang } = ctx;
  const evaluatedYear = year - 1;
  const { state, retry } = useGradeDistributions(evaluatedYear, scope);
  const option = useMemo(
    () => mapLoadable(state, (kinds) => gradeDistributionOption(kinds, ctx, scope.grade)),
    [state, ctx, scope.grade],
  );
  // Each grade's count opens the projects so graded (unit-wide evaluations have no project).
  const links = useMemo(() => {
    if (state.status !== 'ready') return undefined;
    const kinds = state.data.filter((k) => k.kind !== 'UNIT_WIDE' && k.distribution.total > 0);
    if (kinds.length === 0) return undefined;
    return {
      label: t('chart.links.projects'),
      groups: kinds.map((k) => ({
        key: k.kind,
        label: EVALUATION_KIND_LABELS[k.kind][lang],
        items: GRADES.map((g) => ({
          key: g,
          label: GRADE_LABELS[g][lang],
          count: k.distribution.buckets.find((b) => b.grade === g)?.count ?? 0,
          to: scopeListPath(evaluatedYear, { ...scope, grade: g }, { ek: k.kind }),
        })),
      })),
    };
  }, [state, t, lang, evaluatedYear, scope]);
  const onEvents = useMemo(
    () =>
      onSelect
        ? {
            click: (p: unknown) => {
              const grade = gradeAt((p as { seriesIndex: number }).seriesIndex);
              if (grade) onSelect(grade);
            },
          }
        : undefined,
    [onSelect],
  );
  return (
    <ChartPanel
      testId="panel-grade-distribution"
      title={t('chart.grades.title')}
      subtitle={t('chart.grades.subtitle', { year: evaluatedYear, evaluatedIn: year })}
      option={option}
      emptyText={t('chart.grades.empty', { year: evaluatedYear })}
      ariaLabel={t('chart.grades.aria', { year: evaluatedYear })}
      onRetry={retry}
      height={height}
      exportName={t('chart.grades.file', { year: evaluatedYear })}
      onEvents={onEvents}
      links={links}
      keys={
        onSelect
          ? {
              label: t('chart.keys.filterGrade'),
              items: GRADES.map((g) => ({ key: g, label: GRADE_LABELS[g][lang], pressed: scope.grade === g })),
              onSelect: (key) => onSelect(key as Grade),
            }
          : undefined
      }
      footnote={isNarrowed({ ...scope, grade: null }) ? t('chart.grades.narrowedNote') : undefined}
    />
  );
}
