// The one ECharts wrapper. It owns the instance: init, setOption, resize and dispose. Charts elsewhere
// only build an option (a pure function) and render <EChart option={…} />.
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
// echarts' `use` registers modules; renamed so that it is not taken for React's `use` hook.
import { init, use as registerModules, type ComposeOption, type EChartsType } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Tree-shaken: only what the dashboard draws is bundled (the full `echarts` is ~2× the size).
// The ZH and EN locales and the 'dark' theme ship inside echarts/core (lib/core/locale.js registers
// both locales), so nothing more is registered for them; the i18n/*-obj.js files are UMD and would
// only add a CommonJS interop hazard under Vite.
registerModules([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  CanvasRenderer,
]);

/** The options the registered modules understand. */
export type EChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
>;

export type EChartTheme = 'light' | 'dark';
export type EChartLocale = 'ZH' | 'EN';
/** Handlers by ECharts event name ('click', 'legendselectchanged', …). */
export type EChartEvents = Record<string, (params: unknown) => void>;

/** What a parent may do with a drawn chart: export it as an image. */
export interface EChartHandle {
  /** A PNG data URL of the chart as drawn, on the given background (the canvas itself is transparent). */
  toDataURL(options?: { backgroundColor?: string; pixelRatio?: number }): string | null;
}

export interface EChartProps {
  option: EChartOption;
  /** CSS height; the width follows the container. */
  height?: number | string;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  ariaLabel: string;
  onEvents?: EChartEvents;
  theme?: EChartTheme;
  locale?: EChartLocale;
  className?: string;
  ref?: Ref<EChartHandle>;
}

export function EChart({
  option,
  height = 320,
  ariaLabel,
  onEvents,
  theme = 'light',
  locale = 'ZH',
  className,
  ref,
}: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);

  useImperativeHandle(
    ref,
    () => ({
      toDataURL: (options) =>
        chart && !chart.isDisposed()
          ? chart.getDataURL({
              type: 'png',
              pixelRatio: options?.pixelRatio ?? 2,
              backgroundColor: options?.backgroundColor ?? '#fff',
            })
          : null,
    }),
    [chart],
  );

  // Theme and locale are init options: changing either means a new instance.
  useEffect(() => {
    const el = container.current;
    if (!el) return undefined;
    const instance = init(el, theme === 'dark' ? 'dark' : undefined, { renderer: 'canvas', locale });
    setChart(instance);
    let frame = 0;
    // Resizing inside the observer callback can re-trigger it; one resize per frame avoids the loop.
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!instance.isDisposed()) instance.resize();
      });
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      instance.dispose();
      setChart(null);
    };
  }, [theme, locale]);

  useEffect(() => {
    if (!chart) return undefined;
    const el = container.current;
    // `data-state` and `data-rendered-at` (ms since navigation, first drawing) let browser tests and the
    // bench tell when the chart is drawn. The listener goes first: an update without animation can
    // finish inside setOption itself.
    if (el) el.dataset.state = 'drawing';
    const onFinished = () => {
      if (!el) return;
      el.dataset.state = 'rendered';
      if (!el.dataset.renderedAt) el.dataset.renderedAt = String(Math.round(performance.now()));
    };
    chart.on('finished', onFinished);
    // The page's surface shows through (light or dark); an export sets its own background.
    // notMerge: the option is the whole truth, so series that disappeared are removed.
    chart.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true });
    return () => {
      chart.off('finished', onFinished);
    };
  }, [chart, option]);

  useEffect(() => {
    if (!chart || !onEvents) return undefined;
    const entries = Object.entries(onEvents);
    for (const [name, handler] of entries) chart.on(name, handler);
    return () => {
      for (const [name, handler] of entries) chart.off(name, handler);
    };
  }, [chart, onEvents]);

  return (
    <div
      ref={container}
      className={className ? `jx-echart ${className}` : 'jx-echart'}
      role="img"
      aria-label={ariaLabel}
      style={{ width: '100%', height }}
    />
  );
}
