import type { ReactNode } from 'react';
import { EChart, type EChartOption } from '@jixiao/ui/echart';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import type { Loadable } from '../../../app/loadable';

export interface ChartPanelProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** The transformed option; null means there is nothing to draw. */
  option: Loadable<EChartOption | null>;
  emptyText: ReactNode;
  ariaLabel: string;
  onRetry: () => void;
  height?: number;
  testId?: string;
}

/** A panel holding one chart: skeleton while loading, retry on error, a sentence when empty. */
export function ChartPanel({ title, subtitle, option, emptyText, ariaLabel, onRetry, height = 300, testId }: ChartPanelProps) {
  const { t, lang } = useI18n();
  const status = option.status === 'ready' ? (option.data ? 'ready' : 'empty') : option.status;
  return (
    <Panel
      title={title}
      subtitle={subtitle}
      status={status}
      errorText={option.status === 'error' ? t('common.loadFailed', { reason: option.message }) : undefined}
      emptyText={emptyText}
      onRetry={onRetry}
      retryLabel={t('common.retry')}
      // A sentence needs less room than a chart; the skeleton holds the chart's place.
      minHeight={status === 'empty' || status === 'error' ? 160 : height}
      testId={testId}
    >
      {option.status === 'ready' && option.data && (
        <EChart option={option.data} height={height} ariaLabel={ariaLabel} locale={lang === 'zh' ? 'ZH' : 'EN'} />
      )}
    </Panel>
  );
}
