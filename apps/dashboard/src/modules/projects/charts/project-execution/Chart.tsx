import { useMemo } from 'react';
import { useChartContext } from '../../../../app/charts/chart-context';
import { ChartPanel } from '../../../../app/components/ChartPanel';
import { ready } from '../../../../app/loadable';
import type { MonitoringReport } from '../../project-detail';
import { projectExecutionOption } from './transform';

export function ProjectExecutionChart({ reports, code }: { reports: readonly MonitoringReport[]; code: string }) {
  const ctx = useChartContext();
  const option = useMemo(() => ready(projectExecutionOption(reports, ctx)), [reports, ctx]);
  return (
    <ChartPanel
      testId="panel-project-execution"
      title={ctx.t('detail.chart.title')}
      subtitle={ctx.t('detail.chart.subtitle')}
      option={option}
      emptyText={ctx.t('detail.chart.empty')}
      ariaLabel={ctx.t('detail.chart.title')}
      onRetry={() => undefined}
      height={280}
      exportName={`${code}-${ctx.t('detail.chart.file')}`}
    />
  );
}
