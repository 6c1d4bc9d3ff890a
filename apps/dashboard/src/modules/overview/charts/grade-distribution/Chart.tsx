import { useMemo } from 'react';
import { useI18n } from '../../../../app/i18n/i18n';
import { mapLoadable } from '../../../../app/loadable';
import { ChartPanel } from '../../components/ChartPanel';
import { useGradeDistributions } from '../../hooks/useOverviewQueries';
import { gradeDistributionOption } from './transform';

/** Evaluations of the budget of `year - 1`, carried out in `year`. */
export function GradeDistributionChart({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const evaluatedYear = year - 1;
  const { state, retry } = useGradeDistributions(evaluatedYear);
  const option = useMemo(() => mapLoadable(state, (kinds) => gradeDistributionOption(kinds, { t, lang })), [state, t, lang]);
  return (
    <ChartPanel
      testId="panel-grade-distribution"
      title={t('chart.grades.title')}
      subtitle={t('chart.grades.subtitle', { year: evaluatedYear, evaluatedIn: year })}
      option={option}
      emptyText={t('chart.grades.empty', { year: evaluatedYear })}
      ariaLabel={t('chart.grades.aria', { year: evaluatedYear })}
      onRetry={retry}
    />
  );
}
