import { useMemo } from 'react';
import { useChartContext } from '../../../../app/charts/chart-context';
import { ChartPanel } from '../../../../app/components/ChartPanel';
import { mapLoadable } from '../../../../app/loadable';
import { useAgencyRatings } from '../../hooks/useOverviewQueries';
import { agencyChartHeight, agencyRatingsOption, ratingWeights } from './transform';

/** Credit ratings of the third-party agencies of a year (not narrowed by the cross-filter: agencies are not projects). */
export function AgencyRatingsChart({ year, note, height }: { year: number; note?: string; height?: number }) {
  const ctx = useChartContext();
  const { t } = ctx;
  const { state, retry } = useAgencyRatings(year);
  const option = useMemo(
    () => mapLoadable(state, (d) => agencyRatingsOption(d.agencyRatings, ratingWeights(d.ruleSet.rules), ctx)),
    [state, ctx],
  );
  return (
    <ChartPanel
      testId="panel-agency-ratings"
      title={t('chart.agencies.title')}
      subtitle={t('chart.agencies.subtitle', { year })}
      option={option}
      emptyText={t('chart.agencies.empty', { year })}
      ariaLabel={t('chart.agencies.aria', { year })}
      onRetry={retry}
      height={height ?? agencyChartHeight(state.status === 'ready' ? state.data.agencyRatings.length : 0)}
      exportName={t('chart.agencies.file', { year })}
      footnote={note}
    />
  );
}
