import { useMemo } from 'react';
import { useChartContext } from '../../../../app/charts/chart-context';
import { ChartPanel } from '../../../../app/components/ChartPanel';
import { mapLoadable } from '../../../../app/loadable';
import { type Scope } from '../../../../app/analytics/cross-filter';
import { useFlagSummaries } from '../../hooks/useOverviewQueries';
import { flagsOverCheckpointsOption } from './transform';
import { flagListPath } from '../../links';
import { checkpointName } from '../../../../app/i18n/translate';
import type { FlagMeasure } from '@jixiao/schema/enums';
import type { FlagFiguresFragment } from '../../../../generated/graphql';

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
  const shown = year;
  const option = useMemo(() => mapLoadable(state, (list) => flagsOverCheckpointsOption(list, ctx)), [state, ctx]);
  // Each figure of each checkpoint opens its projects (one flag per project and year).
  const links = useMemo(() => {
    if (state.status !== 'ready') return undefined;
    const measures: [FlagMeasure, string, (f: FlagFiguresFragment) => number][] = [
      ['NEW_YELLOW', t('chart.flags.newYellow'), (f) => f.newYellow],
      ['ESCALATED', t('chart.flags.escalated'), (f) => f.escalatedToRed],
      ['CLOSED', t('chart.flags.closed'), (f) => f.closed],
      ['OPEN_YELLOW', t('chart.flags.openYellow'), (f) => f.yellow],
      ['OPEN_RED', t('chart.flags.openRed'), (f) => f.red],
    ];
    return {
      label: t('chart.links.projects'),
      groups: [...state.data]
        .sort((a, b) => a.checkpoint.month - b.checkpoint.month)
        .map((p) => ({
          key: String(p.checkpoint.month),
          label: checkpointName(t, p.checkpoint.month),
          items: measures.map(([measure, label, count]) => ({
            key: measure,
            label,
            count: count(p.value),
            to: flagListPath(shown, scope, measure, p.checkpoint.month),
          })),
        })),
    };
  }, [state, t, shown, scope]);
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
      links={links}
    />
  );
}
