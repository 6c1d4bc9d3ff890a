import { useMemo } from 'react';
import { useI18n } from '../../../../app/i18n/i18n';
import { mapLoadable } from '../../../../app/loadable';
import { ChartPanel } from '../../components/ChartPanel';
import { useCheckpointTotals } from '../../hooks/useOverviewQueries';
import { executionCheckpointsOption } from './transform';

export function ExecutionCheckpointsChart({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const { state, retry } = useCheckpointTotals(year);
  const option = useMemo(() => mapLoadable(state, (totals) => executionCheckpointsOption(totals, { t, lang })), [state, t, lang]);
  return (
    <ChartPanel
      testId="panel-execution-checkpoints"
      title={t('chart.checkpoints.title')}
      subtitle={t('chart.checkpoints.subtitle')}
      option={option}
      emptyText={t('chart.checkpoints.empty', { year })}
      ariaLabel={t('chart.checkpoints.aria', { year })}
      onRetry={retry}
      height={340}
    />
  );
}
