import { useId, type ReactNode } from 'react';

export type KpiTone = 'neutral' | 'good' | 'warning' | 'danger';
export type KpiStatus = 'ready' | 'loading' | 'error' | 'empty';

export interface KpiTileProps {
  label: ReactNode;
  /** The headline figure, already formatted ("6.45 亿元"). */
  value?: ReactNode;
  /** A line of context under the figure. */
  sub?: ReactNode;
  /** The exact value behind a rounded figure ("645,037,526.18 元"), shown as a tooltip. */
  exact?: string;
  tone?: KpiTone;
  status?: KpiStatus;
  /** Shown instead of `sub` when status is 'error' or 'empty'. */
  statusText?: ReactNode;
  testId?: string;
}

/** One headline figure. The tooltip with the exact value opens on hover and on keyboard focus. */
export function KpiTile({
  label,
  value,
  sub,
  exact,
  tone = 'neutral',
  status = 'ready',
  statusText,
  testId,
}: KpiTileProps) {
  const tipId = useId();
  const ready = status === 'ready';
  const showTip = ready && exact !== undefined;
  return (
    <div
      className={`jx-kpi jx-kpi--${ready ? tone : status}`}
      data-testid={testId}
      data-status={status}
      aria-busy={status === 'loading'}
    >
      <div className="jx-kpi__label">{label}</div>
      {status === 'loading' ? (
        <div className="jx-kpi__value">
          <span className="jx-skeleton jx-skeleton--value" />
        </div>
      ) : (
        <div
          className="jx-kpi__value"
          tabIndex={showTip ? 0 : undefined}
          aria-describedby={showTip ? tipId : undefined}
          data-exact={showTip ? exact : undefined}
        >
          {ready ? value : '—'}
        </div>
      )}
      {showTip && (
        <div className="jx-kpi__tip" role="tooltip" id={tipId}>
          {exact}
        </div>
      )}
      <div className="jx-kpi__sub">
        {status === 'loading' ? <span className="jx-skeleton jx-skeleton--line" /> : ready ? sub : statusText}
      </div>
    </div>
  );
}
