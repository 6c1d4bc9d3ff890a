import { useMemo } from 'react';
import { useI18n } from '../../../../app/i18n/i18n';
import { mapLoadable } from '../../../../app/loadable';
import { ChartPanel } from '../../components/ChartPanel';
import { useAgencyRatings } from '../../hooks/useOverviewQueries';
import { agencyChartHeight, agencyRatingsOption } from './transform';

export function AgencyRatingsChart({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const { state, retry } = useAgencyRatings(year);
  const option = useMemo(() => mapLoadable(state, (rows) => agencyRatingsOption(rows, { t, lang })), [state, t, lang]);
  return (
    <ChartPanel
      testId="panel-agency-ratings"
      title={t('chart.agencies.title')}
      subtitle={t('chart.agencies.subtitle', { year })}
      option={option}
      emptyText={t('chart.agencies.empty', { year })}
      ariaLabel={t('chart.agencies.aria', { year })}
      onRetry={retry}
      height={agencyChartHeight(state.status === 'ready' ? state.data.length : 0)}
    />
  );
}
