import { useCallback, useMemo } from 'react';
import { formatShare } from '@jixiao/ui/format';
import { useChartContext } from '../../../../app/charts/chart-context';
import { ChartPanel } from '../../../../app/components/ChartPanel';
import { checkpointName } from '../../../../app/i18n/translate';
import { mapLoadable } from '../../../../app/loadable';
import { latestWithReports } from '../../../../app/analytics/checkpoints';
import { globalId, sameRef, type Scope } from '../../../../app/analytics/cross-filter';
import { useExecutionBy } from '../../hooks/useOverviewQueries';
import {
  barsChartHeight,
  drawingOrder,
  executionBars,
  executionBarsOption,
  type ExecutionBar,
} from '../execution-bars/transform';

export interface ExecutionByGroupProps {
  /** Fixed height (the big screen); by default it grows with the bars. */
  height?: number;
  /** SECTION at the county level, UNIT inside a section. */
  dimension: 'SECTION' | 'UNIT';
  year: number;
  scope: Scope;
  /**
   * The selected group as the address names it (the cross-filter's section: a code, one qualified by its county,
   * or an older global id).
   */
  selected?: string | null;
  /** Called with the group's code and county: filter by a section, or drill into a unit. */
  onSelect?: (group: GroupRef) => void;
}

/** A section or unit as an address names it: its code, and its county's code (codes are unique in a county). */
export interface GroupRef {
  code: string;
  regionCode: string | null;
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
    dimension === 'SECTION' ? { ...scope, section: null } : scope,
  );
  const shown = year;
  const type = dimension === 'SECTION' ? 'Section' : 'Unit';
  const isSelected = useCallback(
    (b: ExecutionBar) =>
      sameRef(type, selected, {
        id: globalId(type, b.key),
        code: b.row.code ?? null,
        regionCode: b.row.regionCode ?? null,
      }),
    [type, selected],
  );
  const model = useMemo(
    () =>
      mapLoadable(state, (list) => {
        const at = latestWithReports(list);
        if (!at) return null;
        const bars = executionBars(at.value, at.checkpoint);
        // Rows are keyed by the raw id and carry the code the address uses; the merged classified units
        // ("CLASSIFIED", no code) cannot be opened.
        const selectedKey = bars.find((b) => isSelected(b))?.key ?? null;
        return {
          at,
          bars,
          option: executionBarsOption(bars, at.checkpoint, ctx, {
            selected: selectedKey,
            labelWidth: dimension === 'UNIT' ? 150 : undefined,
          }),
        };
      }),
    [state, ctx, isSelected, dimension],
  );
  const ready = model.status === 'ready' ? model.data : null;
  const option = useMemo(() => mapLoadable(model, (m) => m?.option ?? null), [model]);
  const selectable = (bar: ExecutionBar) => /^\d+$/.test(bar.key) && !!bar.row.code;
  const pick = useCallback(
    (bar: ExecutionBar | undefined) => {
      if (bar && selectable(bar) && onSelect) onSelect({ code: bar.row.code!, regionCode: bar.row.regionCode ?? null });
    },
    [onSelect],
  );
  const onEvents = useMemo(
    () =>
      onSelect && ready
        ? { click: (p: unknown) => pick(drawingOrder(ready.bars)[(p as { dataIndex: number }).dataIndex]) }
        : undefined,
    [onSelect, ready, pick],
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
              items: ready.bars.filter(selectable).map((b) => ({
                key: b.key,
                label: b.name,
                pressed: dimension === 'SECTION' ? isSelected(b) : undefined,
              })),
              onSelect: (key: string) => pick(ready.bars.find((b) => b.key === key)),
            }
          : undefined
      }
      footnote={dimension === 'UNIT' ? t('chart.units.hint') : t('chart.sections.hint')}
    />
  );
}
