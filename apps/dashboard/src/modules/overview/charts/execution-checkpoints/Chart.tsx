import { useMemo } from 'react';
import { useChartContext } from '../../../../app/charts/chart-context';
import { ChartPanel } from '../../../../app/components/ChartPanel';
import { mapLoadable } from '../../../../app/loadable';
import type { Scope } from '../../../../app/analytics/cross-filter';
import { useCheckpointSeries } from '../../hooks/useOverviewQueries';
import { executionCheckpointsOption } from './transform';

export function ExecutionCheckpointsChart({
  year,
  scope,
  height = 320,
}: {
  year: number;
  scope: Scope;
  height?: number;
}) {
  const ctx = useChartContext();
  const { t } = ctx;
  const { state, retry } = useCheckpointSeries(year, scope);
  const option = useMemo(() => mapLoadable(state, (series) => executionCheckpointsOption(series, ctx)), [state, ctx]);
  const shown = state.status === 'ready' ? state.data.year : year;
  return (
    <ChartPanel
      testId="panel-execution-checkpoints"
      title={t('chart.checkpoints.title')}
      subtitle={t('chart.checkpoints.subtitle', { year: shown, previous: shown - 1 })}
      option={option}
      emptyText={t('chart.checkpoints.empty', { year: shown })}
      ariaLabel={t('chart.checkpoints.aria', { year: shown })}
      onRetry={retry}
      height={height}
      exportName={t('chart.checkpoints.file', { year: shown })}
    />
  );
}
