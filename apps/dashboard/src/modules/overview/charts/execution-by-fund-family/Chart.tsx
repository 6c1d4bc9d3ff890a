import { useMemo } from 'react';
import type { FundFamily } from '@jixiao/schema/enums';
import { formatShare } from '@jixiao/ui/format';
import { useChartContext } from '../../../../app/charts/chart-context';
import { ChartPanel } from '../../../../app/components/ChartPanel';
import { checkpointName } from '../../../../app/i18n/translate';
import { mapLoadable } from '../../../../app/loadable';
import { latestWithReports } from '../../../../app/analytics/checkpoints';
import { type Scope } from '../../../../app/analytics/cross-filter';
import { useExecutionBy } from '../../hooks/useOverviewQueries';
import {
  barsChartHeight,
  drawingOrder,
  executionBars,
  executionBarsOption,
  familyName,
} from '../execution-bars/transform';

export interface ExecutionByFundFamilyProps {
  /** Fixed height (the big screen); by default it grows with the bars. */
  height?: number;
  year: number;
  scope: Scope;
  /** Clicking a family (a bar or its key button) filters the other panels by it. */
  onSelect?: (family: FundFamily) => void;
}

export function ExecutionByFundFamilyChart(props: ExecutionByFundFamilyProps) {
  const { year, scope, onSelect } = props;
  const ctx = useChartContext();
  const { t, lang } = ctx;
  // The chart where a family is chosen shows every family, the chosen one highlighted (Superset's cross-filter).
  const { state, retry } = useExecutionBy('FUND_FAMILY', year, { ...scope, fundFamily: null });
  const shown = year;
  const model = useMemo(
    () =>
      mapLoadable(state, (list) => {
        const at = latestWithReports(list);
        if (!at) return null;
        const bars = executionBars(at.value, at.checkpoint, (row) => familyName(row, lang));
        return { at, bars, option: executionBarsOption(bars, at.checkpoint, ctx, { selected: scope.fundFamily }) };
      }),
    [state, ctx, lang, scope.fundFamily],
  );
  const ready = model.status === 'ready' ? model.data : null;
  const option = useMemo(() => mapLoadable(model, (m) => m?.option ?? null), [model]);
  const onEvents = useMemo(
    () =>
      onSelect && ready
        ? {
            click: (p: unknown) => {
              const bar = drawingOrder(ready.bars)[(p as { dataIndex: number }).dataIndex];
              if (bar) onSelect(bar.key as FundFamily);
            },
          }
        : undefined,
    [onSelect, ready],
  );
  const subtitle = ready
    ? t('chart.fundFamily.subtitle', {
        year: shown,
        checkpoint: checkpointName(t, ready.at.checkpoint.month),
        elapsed: formatShare(ready.at.checkpoint.elapsed.numerator, ready.at.checkpoint.elapsed.denominator),
      })
    : undefined;
  return (
    <ChartPanel
      testId="panel-execution-by-fund-family"
      title={t('chart.fundFamily.title')}
      subtitle={subtitle}
      option={option}
      emptyText={t('chart.fundFamily.empty', { year: shown })}
      ariaLabel={t('chart.fundFamily.aria', {
        year: shown,
        checkpoint: ready ? checkpointName(t, ready.at.checkpoint.month) : '',
      })}
      onRetry={retry}
      height={props.height ?? barsChartHeight(ready?.bars.length ?? 0)}
      exportName={t('chart.fundFamily.file', { year: shown })}
      onEvents={onEvents}
      keys={
        onSelect && ready
          ? {
              label: t('chart.keys.filterFamily'),
              items: ready.bars.map((b) => ({ key: b.key, label: b.name, pressed: scope.fundFamily === b.key })),
              onSelect: (key) => onSelect(key as FundFamily),
            }
          : undefined
      }
    />
  );
}
