import { useMemo } from 'react';
import { useChartContext } from '../../../../app/charts/chart-context';
import { ChartPanel } from '../../../../app/components/ChartPanel';
import { mapLoadable } from '../../../../app/loadable';
import type { Scope } from '../../../../app/analytics/cross-filter';
import { useCheckpointSeries } from '../../hooks/useOverviewQueries';
import { checkpointPoints, executionCheckpointsOption } from './transform';
import { scopeListPath } from '../../links';

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
  // Each checkpoint's bar counts the projects reported there: its link opens them.
  const links = useMemo(() => {
    if (state.status !== 'ready') return undefined;
    const points = checkpointPoints(state.data.current);
    if (points.length === 0) return undefined;
    return {
      label: t('chart.links.projects'),
      groups: [
        {
          key: 'checkpoint',
          items: points.map((p) => ({
            key: String(p.checkpoint.month),
            label: t('chart.links.checkpointMonth', { month: p.checkpoint.month }),
            count: p.total.projectCount,
            to: scopeListPath(state.data.year, scope, { cp: p.checkpoint.month }),
          })),
        },
      ],
    };
  }, [state, t, scope]);
  return (
    <ChartPanel
      links={links}
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
