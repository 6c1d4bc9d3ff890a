import { useRef, type ReactNode } from 'react';
import { EChart, type EChartEvents, type EChartHandle, type EChartOption } from '@jixiao/ui/echart';
import { Panel } from '@jixiao/ui/panel';
import { useChartContext } from '../charts/chart-context';
import { Link } from '../router/router';
import { downloadBlob } from '../export/download';
import { canvasBlob, chartWithTitle } from '../export/briefing';
import { useBriefingLine } from '../export/use-briefing';
import type { Loadable } from '../loadable';

/** Buttons that do what clicking the chart does, for keyboards and screen readers. */
export interface ChartKeys {
  label: string;
  items: ReadonlyArray<{ key: string; label: string; pressed?: boolean }>;
  onSelect: (key: string) => void;
}

/** The rows behind the chart's numbers: one link per figure, opening the list of exactly those rows. */
export interface ChartLinks {
  label: string;
  groups: ReadonlyArray<{
    key: string;
    label?: string;
    items: ReadonlyArray<{ key: string; label: string; count?: number; to: string }>;
  }>;
}

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
  /** File name of the PNG export, without extension. */
  exportName: string;
  onEvents?: EChartEvents;
  keys?: ChartKeys;
  links?: ChartLinks;
  footnote?: ReactNode;
  className?: string;
}

/**
 * A panel holding one chart: skeleton while loading, retry on error, a sentence when empty, a PNG
 * export of what is drawn, and keyboard buttons for what clicking the chart does.
 */
export function ChartPanel(props: ChartPanelProps) {
  const { option, height = 300 } = props;
  const { t, lang, theme, palette } = useChartContext();
  const chart = useRef<EChartHandle>(null);
  const status = option.status === 'ready' ? (option.data ? 'ready' : 'empty') : option.status;
  const briefing = useBriefingLine();
  // The PNG carries the panel's title and subtitle as shown, and the place, year and date of the figures.
  const exportPng = async (button: HTMLElement) => {
    const url = chart.current?.toDataURL({ backgroundColor: palette.surface });
    if (!url) return;
    const panel = button.closest('.jx-panel');
    const textOf = (selector: string) => (panel?.querySelector(selector)?.textContent ?? '').trim();
    const canvas = await chartWithTitle(
      url,
      { title: textOf('.jx-panel__title'), subtitle: textOf('.jx-panel__subtitle'), meta: briefing.line },
      {
        background: palette.surface,
        surface: palette.surface,
        border: palette.grid,
        text: palette.text,
        muted: palette.muted,
      },
    );
    downloadBlob(await canvasBlob(canvas, 'image/png'), `${props.exportName}.png`);
  };
  return (
    <Panel
      title={props.title}
      subtitle={props.subtitle}
      status={status}
      errorText={option.status === 'error' ? t('common.loadFailed', { reason: option.message }) : undefined}
      emptyText={props.emptyText}
      onRetry={props.onRetry}
      retryLabel={t('common.retry')}
      // A sentence needs less room than a chart; the skeleton holds the chart's place.
      minHeight={status === 'empty' || status === 'error' ? 160 : height}
      testId={props.testId}
      className={props.className}
      actions={
        status === 'ready' ? (
          <button
            type="button"
            className="button button--small"
            onClick={(e) => void exportPng(e.currentTarget)}
            data-testid="export-png"
            title={t('export.pngTitle')}
          >
            {t('export.png')}
          </button>
        ) : undefined
      }
    >
      {option.status === 'ready' && option.data && (
        <>
          {props.keys && (
            <div className="chart-keys" role="group" aria-label={props.keys.label}>
              <span className="chart-keys__label" aria-hidden="true">
                {props.keys.label}
              </span>
              {props.keys.items.map((item) => (
                <button
                  key={item.key}
                  type="button"
                  className="chip chip--key"
                  aria-pressed={item.pressed ?? false}
                  onClick={() => props.keys!.onSelect(item.key)}
                >
                  {item.label}
                </button>
              ))}
            </div>
          )}
          <EChart
            ref={chart}
            option={option.data}
            height={height}
            ariaLabel={props.ariaLabel}
            locale={lang === 'zh' ? 'ZH' : 'EN'}
            theme={theme}
            onEvents={props.onEvents}
          />
          {props.links && <ChartLinkRow links={props.links} />}
          {props.footnote && <p className="panel-footnote">{props.footnote}</p>}
        </>
      )}
    </Panel>
  );
}

/** Counts under a chart, each a link to its rows (`chart-link-<group>-<item>`). */
function ChartLinkRow({ links }: { links: ChartLinks }) {
  return (
    <nav className="chart-links" aria-label={links.label}>
      <span className="chart-links__label">{links.label}</span>
      {links.groups.map((g) => (
        <span key={g.key} className="chart-links__group">
          {g.label && <span className="chart-links__group-label">{g.label}</span>}
          {g.items.map((item) => (
            <Link
              key={item.key}
              to={item.to}
              className="chart-link"
              data-testid={`chart-link-${g.key}-${item.key}`}
              data-count={item.count}
            >
              {item.label}
              {item.count !== undefined && <strong> {item.count.toLocaleString('en-US')}</strong>}
            </Link>
          ))}
        </span>
      ))}
    </nav>
  );
}
