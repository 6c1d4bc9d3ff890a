import { useMemo } from 'react';
import { formatShare } from '@jixiao/ui/format';
import { useI18n } from '../../../../app/i18n/i18n';
import { checkpointName } from '../../../../app/i18n/translate';
import { mapLoadable } from '../../../../app/loadable';
import { latestWithReports } from '../../checkpoints';
import { ChartPanel } from '../../components/ChartPanel';
import { useFundFamilyExecution } from '../../hooks/useOverviewQueries';
import { executionByFundFamilyOption, fundFamilyChartHeight } from './transform';

export function ExecutionByFundFamilyChart({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const { state, retry } = useFundFamilyExecution(year);
  const latest = state.status === 'ready' ? latestWithReports(state.data) : null;
  const option = useMemo(
    () => mapLoadable(state, (list) => {
      const at = latestWithReports(list);
      return at && executionByFundFamilyOption(at.value, at.checkpoint, { t, lang });
    }),
    [state, t, lang],
  );
  const subtitle = latest
    ? t('chart.fundFamily.subtitle', {
        checkpoint: checkpointName(t, latest.checkpoint.month),
        elapsed: formatShare(latest.checkpoint.elapsed.numerator, latest.checkpoint.elapsed.denominator),
      })
    : undefined;
  const bars = latest ? latest.value.filter((row) => row.projectCount > 0).length : 0;
  return (
    <ChartPanel
      testId="panel-execution-by-fund-family"
      title={t('chart.fundFamily.title')}
      subtitle={subtitle}
      option={option}
      emptyText={t('chart.fundFamily.empty', { year })}
      ariaLabel={t('chart.fundFamily.aria', { year, checkpoint: latest ? checkpointName(t, latest.checkpoint.month) : '' })}
      onRetry={retry}
      height={fundFamilyChartHeight(bars)}
    />
  );
}
