import { useId, type ReactNode } from 'react';

export type PanelStatus = 'loading' | 'error' | 'empty' | 'ready';

export interface PanelProps {
  title: ReactNode;
  /** A short line under the title (period, unit of the figures). */
  subtitle?: ReactNode;
  status: PanelStatus;
  /** What went wrong, for status 'error'. */
  errorText?: ReactNode;
  /** What is missing, for status 'empty'. */
  emptyText?: ReactNode;
  onRetry?: () => void;
  retryLabel?: ReactNode;
  /** Buttons at the right of the header (export, view options). */
  actions?: ReactNode;
  /** Keeps the panel from jumping when its state changes. */
  minHeight?: number;
  /** When empty, only the header shows, with the empty text in it (a to-do list with nothing to do). */
  collapseWhenEmpty?: boolean;
  testId?: string;
  className?: string;
  children?: ReactNode;
}

/** A titled card around one chart or table, with its loading skeleton, empty and error states. */
export function Panel(props: PanelProps) {
  const titleId = useId();
  const { status, minHeight = 280 } = props;
  const collapsed = status === 'empty' && props.collapseWhenEmpty === true;
  return (
    <section
      className={['jx-panel', props.className, collapsed && 'jx-panel--collapsed'].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-busy={status === 'loading'}
      data-testid={props.testId}
      data-status={status}
    >
      <header className="jx-panel__header">
        <h2 className="jx-panel__title" id={titleId}>
          {props.title}
        </h2>
        {props.subtitle && !collapsed && <div className="jx-panel__subtitle">{props.subtitle}</div>}
        {collapsed && <div className="jx-panel__empty-inline">{props.emptyText}</div>}
        {props.actions && <div className="jx-panel__actions">{props.actions}</div>}
      </header>
      {!collapsed && (
        <div className="jx-panel__body" style={{ minHeight }}>
          {status === 'loading' && (
            <div className="jx-panel__skeleton" aria-hidden="true">
              <span className="jx-skeleton jx-skeleton--bar" style={{ width: '82%' }} />
              <span className="jx-skeleton jx-skeleton--bar" style={{ width: '64%' }} />
              <span className="jx-skeleton jx-skeleton--bar" style={{ width: '91%' }} />
              <span className="jx-skeleton jx-skeleton--bar" style={{ width: '47%' }} />
            </div>
          )}
          {status === 'error' && (
            <div className="jx-panel__message jx-panel__message--error" role="alert">
              <p>{props.errorText}</p>
              {props.onRetry && (
                <button type="button" className="jx-button" onClick={props.onRetry}>
                  {props.retryLabel ?? '↻'}
                </button>
              )}
            </div>
          )}
          {status === 'empty' && (
            <div className="jx-panel__message">
              <p>{props.emptyText}</p>
            </div>
          )}
          {status === 'ready' && props.children}
        </div>
      )}
    </section>
  );
}
