import { useMemo } from 'react';
import { formatShare } from '@jixiao/ui/format';
import { useChartContext } from '../../../../app/charts/chart-context';
import { ChartPanel } from '../../../../app/components/ChartPanel';
import { checkpointName } from '../../../../app/i18n/translate';
import { mapLoadable } from '../../../../app/loadable';
import { latestWithReports } from '../../../../app/analytics/checkpoints';
import { globalId, type Scope } from '../../../../app/analytics/cross-filter';
import { useExecutionBy } from '../../hooks/useOverviewQueries';
import { barsChartHeight, drawingOrder, executionBars, executionBarsOption } from '../execution-bars/transform';

export interface ExecutionByGroupProps {
  /** Fixed height (the big screen); by default it grows with the bars. */
  height?: number;
  /** SECTION at the county level, UNIT inside a section. */
  dimension: 'SECTION' | 'UNIT';
  year: number;
  scope: Scope;
  /** Global id of the selected group (the section of the cross-filter). */
  selected?: string | null;
  /** Called with the group's global id: filter by a section, or drill into a unit. */
  onSelect?: (id: string) => void;
}

/** Execution by supervising section (sorted bars), or by unit inside a drilled section. */
export function ExecutionByGroupChart(props: ExecutionByGroupProps) {
  const { dimension, year, scope, selected, onSelect } = props;
  const ctx = useChartContext();
  const { t } = ctx;
  // Sections: every section, the chosen one highlighted. Units: those of the drilled section.
  const { state, retry } = useExecutionBy(
    dimension,
    year,
    dimension === 'SECTION' ? { ...scope, sectionId: null } : scope,
  );
  const shown = year;
  const type = dimension === 'SECTION' ? 'Section' : 'Unit';
  const model = useMemo(
    () =>
      mapLoadable(state, (list) => {
        const at = latestWithReports(list);
        if (!at) return null;
        const bars = executionBars(at.value, at.checkpoint);
        // Rows are keyed by the raw id; the merged classified units ("CLASSIFIED") cannot be opened.
        const selectedKey = selected ? (bars.find((b) => globalId(type, b.key) === selected)?.key ?? null) : null;
        return {
          at,
          bars,
          option: executionBarsOption(bars, at.checkpoint, ctx, {
            selected: selectedKey,
            labelWidth: dimension === 'UNIT' ? 150 : undefined,
          }),
        };
      }),
    [state, ctx, selected, type, dimension],
  );
  const ready = model.status === 'ready' ? model.data : null;
  const option = useMemo(() => mapLoadable(model, (m) => m?.option ?? null), [model]);
  const selectable = (key: string) => /^\d+$/.test(key);
  const onEvents = useMemo(
    () =>
      onSelect && ready
        ? {
            click: (p: unknown) => {
              const bar = drawingOrder(ready.bars)[(p as { dataIndex: number }).dataIndex];
              if (bar && selectable(bar.key)) onSelect(globalId(type, bar.key));
            },
          }
        : undefined,
    [onSelect, ready, type],
  );
  const prefix = dimension === 'SECTION' ? 'chart.sections' : 'chart.units';
  return (
    <ChartPanel
      testId={dimension === 'SECTION' ? 'panel-execution-by-section' : 'panel-execution-by-unit'}
      title={t(`${prefix}.title` as const)}
      subtitle={
        ready
          ? t('chart.fundFamily.subtitle', {
              year: shown,
              checkpoint: checkpointName(t, ready.at.checkpoint.month),
              elapsed: formatShare(ready.at.checkpoint.elapsed.numerator, ready.at.checkpoint.elapsed.denominator),
            })
          : undefined
      }
      option={option}
      emptyText={t('chart.fundFamily.empty', { year: shown })}
      ariaLabel={t(`${prefix}.aria` as const, { year: shown })}
      onRetry={retry}
      height={props.height ?? barsChartHeight(ready?.bars.length ?? 0)}
      exportName={t(`${prefix}.file` as const, { year: shown })}
      onEvents={onEvents}
      keys={
        onSelect && ready
          ? {
              label: t(dimension === 'SECTION' ? 'chart.keys.filterSection' : 'chart.keys.openUnit'),
              items: ready.bars
                .filter((b) => selectable(b.key))
                .map((b) => ({
                  key: globalId(type, b.key),
                  label: b.name,
                  pressed: dimension === 'SECTION' ? selected === globalId(type, b.key) : undefined,
                })),
              onSelect,
            }
          : undefined
      }
      footnote={dimension === 'UNIT' ? t('chart.units.hint') : t('chart.sections.hint')}
    />
  );
}
