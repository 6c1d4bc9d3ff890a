import { useState } from 'react';
import { DataTable } from '@jixiao/ui/data-table';
import { formatCount, formatRate } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { useLoadableQuery } from '../../../app/apollo/use-loadable-query';
import { pickedCounty, type Scope } from '../../../app/analytics/cross-filter';
import { useYears } from '../../../app/analytics/years';
import { useI18n } from '../../../app/i18n/i18n';
import { checkpointName } from '../../../app/i18n/translate';
import { projectPath } from '../../../app/router/routes';
import { Link } from '../../../app/router/router';
import type {
  CockpitRankingsQuery,
  ExecutionLagRankingFieldsFragment,
  OverdueRankingQuery,
} from '../../../generated/graphql';
import { unitListPath } from '../links';
import { COCKPIT_RANKINGS, OVERDUE_RANKING } from './rankings.graphql';
import { panelState, rankingFilter, signedPoints } from './ranking-state';

/** Rows each ranking shows. */
export const RANKING_ROWS = 5;

type LagRow = ExecutionLagRankingFieldsFragment['rows'][number];
type OverdueRow = OverdueRankingQuery['overdue']['rows'][number];

const selectRankings = (d: CockpitRankingsQuery) => d;

// The county cockpit's rankings (issue 15 §1). Each unit opens the project list filtered to its rows (the
// count it carries is the list's), each project its own page.

/** The units and the projects furthest behind the time progress at a checkpoint (the latest by default). */
export function ExecutionRankingPanel({ year, scope, className }: { year: number; scope: Scope; className?: string }) {
  const { t } = useI18n();
  const shown = year;
  const checkpoints = useYears().checkpoints(shown);
  const [picked, setPicked] = useState<number | null>(null);
  const month = checkpoints.some((c) => c.month === picked) ? picked! : (checkpoints.at(-1)?.month ?? null);
  const { state, retry } = useLoadableQuery(
    COCKPIT_RANKINGS,
    { year: shown, month: month ?? 12, first: RANKING_ROWS, filter: rankingFilter(scope) },
    selectRankings,
    { skip: month === null },
  );
  const data = state.status === 'ready' ? state.data : null;
  const checkpoint = month === null ? '' : checkpointName(t, month);
  const elapsed = data?.units.elapsedShare ?? data?.projects.elapsedShare ?? null;
  const lagStatus = month === null ? 'empty' : panelState(state, (d) => d.units.totalCount + d.projects.totalCount);

  return (
    <Panel
      className={className}
      testId="panel-execution-ranking"
      title={t('rank.execution.title')}
      subtitle={t('rank.execution.subtitle', { year: shown, checkpoint, elapsed: formatRate(elapsed) })}
      status={lagStatus}
      errorText={state.status === 'error' ? state.message : undefined}
      emptyText={t('rank.execution.empty', { year: shown, checkpoint })}
      onRetry={retry}
      retryLabel={t('common.retry')}
      minHeight={200}
      actions={
        checkpoints.length > 1 ? (
          <div className="chart-keys" role="group" aria-label={t('rank.checkpoint')}>
            {checkpoints.map((c) => (
              <button
                key={c.month}
                type="button"
                className="chip chip--key"
                aria-pressed={c.month === month}
                onClick={() => setPicked(c.month)}
                data-testid={`ranking-checkpoint-${c.month}`}
              >
                {checkpointName(t, c.month)}
              </button>
            ))}
          </div>
        ) : undefined
      }
    >
      {data && month !== null && (
        <div className="ranking-pair">
          <LagTable kind="units" ranking={data.units} link={(r) => unitListPath(shown, scope, r, { cp: month })} />
          <LagTable kind="projects" ranking={data.projects} link={(r) => projectPath(r.id, pickedCounty(scope))} />
        </div>
      )}
    </Panel>
  );
}

const selectOverdue = (d: OverdueRankingQuery) => d.overdue;

/** The units with the most open flags past their deadline, each opening its projects with such flags. */
export function OverdueRankingPanel({ year, scope, className }: { year: number; scope: Scope; className?: string }) {
  const { t } = useI18n();
  const shown = year;
  const { state, retry } = useLoadableQuery(
    OVERDUE_RANKING,
    { year: shown, first: RANKING_ROWS, filter: rankingFilter(scope) },
    selectOverdue,
  );
  const data = state.status === 'ready' ? state.data : null;
  return (
    <Panel
      className={className}
      testId="panel-overdue-ranking"
      title={t('rank.overdue.title')}
      subtitle={t('rank.overdue.subtitle', {
        year: shown,
        flags: formatCount(data?.flagCount ?? 0),
        units: formatCount(data?.totalCount ?? 0),
      })}
      status={panelState(state, (d) => d.totalCount)}
      errorText={state.status === 'error' ? state.message : undefined}
      emptyText={t('rank.overdue.empty', { year: shown })}
      onRetry={retry}
      retryLabel={t('common.retry')}
      minHeight={200}
    >
      {data && <OverdueTable rows={data.rows} link={(r) => unitListPath(shown, scope, r, { overdue: true })} />}
    </Panel>
  );
}

function LagTable({
  kind,
  ranking,
  link,
}: {
  kind: 'units' | 'projects';
  ranking: ExecutionLagRankingFieldsFragment;
  link: (row: LagRow) => string;
}) {
  const { t } = useI18n();
  const rows = ranking.rows.map((r, i) => ({ ...r, rank: i + 1 }));
  return (
    <div className="ranking" data-testid={`ranking-${kind}`} data-total={ranking.totalCount}>
      <h3 className="ranking__title">
        {t(kind === 'units' ? 'rank.execution.units' : 'rank.execution.projects')}
        <span className="muted">
          {' '}
          {t('rank.execution.of', { count: formatCount(ranking.totalCount), shown: rows.length })}
        </span>
      </h3>
      <DataTable
        caption={t(kind === 'units' ? 'rank.execution.unitsCaption' : 'rank.execution.projectsCaption')}
        rows={rows}
        rowKey={(r) => r.id}
        status={rows.length ? 'ready' : 'empty'}
        columns={[
          { key: 'rank', header: '#', width: '28px', align: 'right', cell: (r) => r.rank },
          {
            key: 'name',
            header: t(kind === 'units' ? 'rank.overdue.unit' : 'rank.cuts.project'),
            cell: (r) => (
              <Link
                to={link(r)}
                className="ranking__link"
                title={kind === 'units' ? t('common.countProjects', { count: r.projectCount }) : r.unitName}
                data-testid={`ranking-${kind}-${r.rank}`}
                data-count={r.projectCount}
              >
                {r.code ? `${r.code} ` : ''}
                {r.name}
              </Link>
            ),
          },
          {
            key: 'rate',
            header: t('rank.execution.rate'),
            width: '64px',
            align: 'right',
            cell: (r) => <span data-testid={`ranking-${kind}-${r.rank}-rate`}>{formatRate(r.executionRate)}</span>,
          },
          {
            key: 'gap',
            header: t('rank.execution.gap'),
            width: '112px',
            align: 'right',
            cell: (r) => (
              <span className={r.gap < 0 ? 'ranking__behind' : undefined} data-testid={`ranking-${kind}-${r.rank}-gap`}>
                {t('common.pp', { value: signedPoints(r.gap) })}
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}

function OverdueTable({ rows, link }: { rows: readonly OverdueRow[]; link: (row: OverdueRow) => string }) {
  const { t } = useI18n();
  const ranked = rows.map((r, i) => ({ ...r, rank: i + 1 }));
  return (
    <DataTable
      caption={t('rank.overdue.caption')}
      rows={ranked}
      rowKey={(r) => r.unitId}
      status={ranked.length ? 'ready' : 'empty'}
      testId="ranking-overdue"
      columns={[
        { key: 'rank', header: '#', width: '28px', align: 'right', cell: (r) => r.rank },
        {
          key: 'unit',
          header: t('rank.overdue.unit'),
          cell: (r) => (
            <span title={r.unitName}>
              <Link
                to={link(r)}
                className="ranking__link"
                data-testid={`ranking-overdue-${r.rank}`}
                data-count={r.projectCount}
              >
                {r.unitName}
              </Link>
            </span>
          ),
        },
        {
          key: 'flags',
          header: t('rank.overdue.flags'),
          width: '150px',
          align: 'right',
          cell: (r) => (
            <span data-testid={`ranking-overdue-${r.rank}-flags`}>
              {formatCount(r.flagCount)}
              {r.redCount > 0 && (
                <span className="ranking__red"> · {t('rank.overdue.red', { count: r.redCount })}</span>
              )}
            </span>
          ),
        },
        {
          key: 'projects',
          header: t('rank.overdue.projects'),
          width: '96px',
          align: 'right',
          cell: (r) => r.projectCount,
        },
        {
          key: 'days',
          header: t('rank.overdue.days'),
          width: '128px',
          align: 'right',
          cell: (r) => t('rank.overdue.daysValue', { count: formatCount(r.maxDaysOverdue) }),
        },
      ]}
    />
  );
}
