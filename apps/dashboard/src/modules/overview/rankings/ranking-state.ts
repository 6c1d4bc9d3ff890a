import { formatDecimal } from '@jixiao/ui/format';
import type { PanelStatus } from '@jixiao/ui/panel';
import { analyticsFilter, type Scope } from '../../../app/analytics/cross-filter';
import type { Loadable } from '../../../app/loadable';
import type { AnalyticsFilter } from '../../../generated/graphql';

/** The rankings' filter: the panels' scope, its grade included (the server's one filter takes it). */
export function rankingFilter(scope: Scope): AnalyticsFilter | null {
  const base = analyticsFilter(scope);
  if (!scope.grade) return base;
  return { ...(base ?? {}), grade: scope.grade };
}

/** A panel's state from a query's: empty when `count` of the answer is zero. */
export function panelState<T>(state: Loadable<T>, count: (data: T) => number): PanelStatus {
  if (state.status !== 'ready') return state.status;
  return count(state.data) > 0 ? 'ready' : 'empty';
}

/** A gap in percentage points, signed: "-12.3", "+1.1". */
export function signedPoints(gap: number): string {
  const text = formatDecimal(gap * 100, 1);
  return gap > 0 && !text.startsWith('-') && text !== '0.0' ? `+${text}` : text;
}
