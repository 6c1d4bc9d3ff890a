import { useMemo } from 'react';
import { useChartContext } from '../../../../app/charts/chart-context';
import { ChartPanel } from '../../../../app/components/ChartPanel';
import { mapLoadable } from '../../../../app/loadable';
import { populationYear, type Scope } from '../../../../app/analytics/cross-filter';
import { useFlagSummaries } from '../../hooks/useOverviewQueries';
import { flagsOverCheckpointsOption } from './transform';

export function FlagsOverCheckpointsChart({
  year,
  scope,
  height = 300,
}: {
  year: number;
  scope: Scope;
  height?: number;
}) {
  const ctx = useChartContext();
  const { t } = ctx;
  const { state, retry } = useFlagSummaries(year, scope);
  const shown = populationYear(year, scope);
  const option = useMemo(() => mapLoadable(state, (list) => flagsOverCheckpointsOption(list, ctx)), [state, ctx]);
  return (
    <ChartPanel
      testId="panel-flags"
      title={t('chart.flags.title')}
      subtitle={t('chart.flags.subtitle', { year: shown })}
      option={option}
      emptyText={t('chart.flags.empty', { year: shown })}
      ariaLabel={t('chart.flags.aria', { year: shown })}
      onRetry={retry}
      height={height}
      exportName={t('chart.flags.file', { year: shown })}
    />
  );
}
