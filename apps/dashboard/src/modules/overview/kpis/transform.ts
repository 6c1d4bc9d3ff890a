import type { KpiStatus, KpiTone } from '@jixiao/ui/kpi-tile';
import { formatCount, formatShare, formatYuan, formatYuanExact, formatYuanRatio } from '@jixiao/ui/format';
import type { AgencyRatingFiguresFragment, FlagFiguresFragment } from '../../../generated/graphql';
import type { ChartContext } from '../../../app/charts/chart-context';
import { checkpointName } from '../../../app/i18n/translate';
import { combineLoadable, type Loadable } from '../../../app/loadable';
import {
  belowElapsed,
  latestReported,
  type AtCheckpoint,
  type Checkpoint,
  type ExecutionFigures as ExecutionFiguresFragment,
} from '../../../app/analytics/checkpoints';
import { ratingCounts } from '../charts/agency-ratings/transform';
import type { GradeFigures } from '../charts/grade-distribution/transform';
import type { TargetFigures } from '../hooks/useOverviewQueries';

/** The tiles, in display order; `kpi-<name>` is their test id. */
export const KPI_NAMES = [
  'projects',
  'budget',
  'executed',
  'execution-rate',
  'yellow',
  'red',
  'excellent-share',
  'agencies',
] as const;
export type KpiName = (typeof KPI_NAMES)[number];

export interface KpiModel {
  name: KpiName;
  label: string;
  status: KpiStatus;
  value?: string;
  sub?: string;
  /** The exact figure behind a rounded value. */
  exact?: string;
  tone: KpiTone;
  /** Why there is no figure (status 'error' or 'empty'). */
  statusText?: string;
  /** The flag figure the value counts, so the tile opens its projects. */
  flags?: { measure: 'OPEN_YELLOW' | 'OPEN_RED'; month: number };
}

export interface OverviewKpiInput {
  /** The cockpit's year. */
  year: number;
  /** The budget year of the projects counted (the page's year: a grade never moves it, issue 15 §2). */
  shownYear: number;
  targets: Loadable<TargetFigures>;
  checkpoints: Loadable<AtCheckpoint<ExecutionFiguresFragment[]>[]>;
  flags: Loadable<AtCheckpoint<FlagFiguresFragment>[]>;
  /** Self-evaluations of the year before (evaluated in `year`). */
  selfEvaluation: Loadable<GradeFigures>;
  agencies: Loadable<AgencyRatingFiguresFragment[]>;
}

type Figures = Pick<KpiModel, 'value' | 'sub' | 'exact' | 'tone' | 'flags'>;

/** A tile from a loadable: skeleton, error, empty (when `fill` returns a reason string) or the figures. */
function tile<T>(
  name: KpiName,
  label: string,
  source: Loadable<T>,
  { t }: ChartContext,
  fill: (data: T) => Figures | { empty: string },
): KpiModel {
  if (source.status === 'loading') return { name, label, status: 'loading', tone: 'neutral' };
  if (source.status === 'error') {
    return {
      name,
      label,
      status: 'error',
      tone: 'neutral',
      statusText: t('common.loadFailed', { reason: source.message }),
    };
  }
  const figures = fill(source.data);
  if ('empty' in figures) return { name, label, status: 'empty', tone: 'neutral', statusText: figures.empty };
  return { name, label, status: 'ready', ...figures };
}

function flagsAt(flags: AtCheckpoint<FlagFiguresFragment>[], checkpoint: Checkpoint): FlagFiguresFragment | undefined {
  return flags.find((f) => f.checkpoint.month === checkpoint.month)?.value;
}

/**
 * The headline figures of the overview. Execution and flags are read at the latest checkpoint with
 * reports (end of August once it is in), so the tiles never mix two checkpoints.
 */
export function overviewKpis(input: OverviewKpiInput, ctx: ChartContext): KpiModel[] {
  const { t, lang } = ctx;
  const money = (yuan: string) => formatYuan(yuan, { locale: lang });
  const exact = (yuan: string) => formatYuanExact(yuan, lang);
  const latest = (totals: AtCheckpoint<ExecutionFiguresFragment[]>[]) => latestReported(totals);
  const flagsWithCheckpoint = combineLoadable(input.flags, input.checkpoints);
  const noMonitoring = { empty: t('kpi.noMonitoring') };

  return [
    tile('projects', t('kpi.projects'), input.targets, ctx, (d) => ({
      value: t('kpi.projects.value', { count: formatCount(d.projectCount) }),
      sub:
        d.annualBudgetProjectCount === null
          ? t('kpi.projects.subNarrowed', { year: input.shownYear })
          : t('kpi.projects.sub', { count: formatCount(d.annualBudgetProjectCount) }),
      tone: 'neutral',
    })),
    tile('budget', t('kpi.budget'), input.targets, ctx, (d) => ({
      value: money(d.budget),
      exact: exact(d.budget),
      sub:
        d.annualBudget === null
          ? t('kpi.projects.subNarrowed', { year: input.shownYear })
          : t('kpi.budget.sub', { amount: money(d.annualBudget) }),
      tone: 'neutral',
    })),
    tile('executed', t('kpi.executed'), input.checkpoints, ctx, (totals) => {
      const at = latest(totals);
      if (!at) return noMonitoring;
      return {
        value: money(at.value.executed),
        exact: exact(at.value.executed),
        sub: t('kpi.executed.sub', {
          checkpoint: checkpointName(t, at.checkpoint.month),
          amount: money(at.value.budget),
        }),
        tone: 'neutral',
      };
    }),
    tile('execution-rate', t('kpi.executionRate'), input.checkpoints, ctx, (totals) => {
      const at = latest(totals);
      if (!at) return noMonitoring;
      const { numerator, denominator } = at.checkpoint.elapsed;
      return {
        value: formatYuanRatio(at.value.executed, at.value.budget),
        exact: `${exact(at.value.executed)} ÷ ${exact(at.value.budget)} = ${formatYuanRatio(at.value.executed, at.value.budget, 4)}`,
        sub: t('kpi.executionRate.sub', {
          checkpoint: checkpointName(t, at.checkpoint.month),
          elapsed: formatShare(numerator, denominator),
        }),
        tone: belowElapsed(at.value.executionRate, at.checkpoint) ? 'warning' : 'good',
      };
    }),
    tile('yellow', t('kpi.yellow'), flagsWithCheckpoint, ctx, ([flags, totals]) => {
      const at = latest(totals);
      const f = at && flagsAt(flags, at.checkpoint);
      if (!at || !f) return noMonitoring;
      return {
        value: formatCount(f.yellow),
        flags: { measure: 'OPEN_YELLOW', month: at.checkpoint.month },
        sub: t('kpi.yellow.sub', {
          checkpoint: checkpointName(t, at.checkpoint.month),
          count: formatCount(f.newYellow),
        }),
        tone: f.yellow > 0 ? 'warning' : 'good',
      };
    }),
    tile('red', t('kpi.red'), flagsWithCheckpoint, ctx, ([flags, totals]) => {
      const at = latest(totals);
      const f = at && flagsAt(flags, at.checkpoint);
      if (!at || !f) return noMonitoring;
      return {
        value: formatCount(f.red),
        flags: { measure: 'OPEN_RED', month: at.checkpoint.month },
        sub: t('kpi.red.sub', {
          checkpoint: checkpointName(t, at.checkpoint.month),
          count: formatCount(f.escalatedToRed),
        }),
        tone: f.red > 0 ? 'danger' : 'good',
      };
    }),
    tile('excellent-share', t('kpi.excellentShare'), input.selfEvaluation, ctx, (d) => {
      const evaluatedYear = input.year - 1;
      if (d.total === 0) return { empty: t('kpi.noEvaluation', { year: evaluatedYear }) };
      const excellent = d.buckets.find((b) => b.grade === 'EXCELLENT')?.count ?? 0;
      return {
        value: formatShare(excellent, d.total),
        exact: `${formatCount(excellent)} / ${formatCount(d.total)}`,
        sub: t('kpi.excellentShare.sub', { year: evaluatedYear, count: formatCount(d.total) }),
        tone: 'good',
      };
    }),
    tile('agencies', t('kpi.agencies'), input.agencies, ctx, (rows) => {
      if (rows.length === 0) return { empty: t('kpi.noAgencies') };
      const counts = ratingCounts(rows);
      return {
        value: t('kpi.agencies.value', { count: formatCount(rows.length) }),
        sub: (Object.keys(counts) as (keyof typeof counts)[]).map((r) => `${r} ${counts[r]}`).join(' · '),
        tone: 'neutral',
      };
    }),
  ];
}
