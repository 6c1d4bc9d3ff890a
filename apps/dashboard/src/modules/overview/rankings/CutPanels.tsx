import { DataTable } from '@jixiao/ui/data-table';
import { formatCount, formatRate, formatYuan, formatYuanExact } from '@jixiao/ui/format';
import { KpiTile } from '@jixiao/ui/kpi-tile';
import { Panel } from '@jixiao/ui/panel';
import { GRADE_LABELS } from '@jixiao/schema/enums';
import { useLoadableQuery } from '../../../app/apollo/use-loadable-query';
import { pickedCounty, type Scope } from '../../../app/analytics/cross-filter';
import { AMOUNT_WIDTH, Money } from '../../../app/components/Money';
import { moneyColumn } from '../../../app/components/table-columns';
import { useI18n } from '../../../app/i18n/i18n';
import { projectPath } from '../../../app/router/routes';
import { Link } from '../../../app/router/router';
import type { CockpitCutsQuery, CutGroupFieldsFragment, CutTotalsQuery } from '../../../generated/graphql';
import { GradeBadge } from '../../evaluation';
import { scopeListPath } from '../links';
import { COCKPIT_CUTS, CUT_TOTALS } from './rankings.graphql';
import { panelState, rankingFilter } from './ranking-state';

/** 中/差 projects listed on the cockpit (差 and the largest cut first). */
export const CUT_ROWS = 8;

type CutRow = CockpitCutsQuery['cutProjectRanking']['rows'][number];
const selectCuts = (d: CockpitCutsQuery) => d;
const selectTotals = (d: CutTotalsQuery) => d;

/**
 * Result application on the cockpit of `year` (issue 15 §1): the evaluations made in `year` judge the budget
 * of `year - 1`; their cuts land in the budget of `year + 1`. The projects cut, the amounts proposed and
 * decided, their share of that budget, and the 中/差 projects with their cuts.
 */
export function CockpitCutsPanel({ year, scope, className }: { year: number; scope: Scope; className?: string }) {
  const { t, lang } = useI18n();
  const evaluated = year - 1;
  const { state, retry } = useLoadableQuery(
    COCKPIT_CUTS,
    { year: evaluated, first: CUT_ROWS, filter: rankingFilter(scope) },
    selectCuts,
  );
  const data = state.status === 'ready' ? state.data : null;
  const s = data?.resultApplicationSummary;
  const target = s?.targetYear ?? evaluated + 2;
  const money = (yuan: string) => formatYuan(yuan, { locale: lang });
  const ranking = data?.cutProjectRanking;
  return (
    <Panel
      className={className}
      testId="panel-cockpit-cuts"
      title={t('rank.cuts.title')}
      subtitle={t('rank.cuts.subtitle', { year: evaluated, evaluatedIn: year, target })}
      status={panelState(
        state,
        (d) =>
          d.cutProjectRanking.totalCount +
          d.resultApplicationSummary.projectCount +
          d.resultApplicationSummary.recallCount,
      )}
      errorText={state.status === 'error' ? state.message : undefined}
      emptyText={t('rank.cuts.empty', { year: evaluated })}
      onRetry={retry}
      retryLabel={t('common.retry')}
      minHeight={200}
    >
      {s && ranking && (
        <>
          <div className="kpi-row kpi-row--compact" data-count={6}>
            <KpiTile
              testId="cuts-projects"
              label={t('rank.cuts.projects')}
              value={t('rank.cuts.projectsValue', { count: formatCount(s.projectCount) })}
              sub={t('rank.cuts.projectsSub', { count: formatCount(s.decidedCount) })}
            />
            <KpiTile
              testId="cuts-proposed"
              label={t('rank.cuts.proposed')}
              value={money(s.proposedCut)}
              exact={formatYuanExact(s.proposedCut, lang)}
            />
            <KpiTile
              testId="cuts-accepted"
              label={t('rank.cuts.accepted')}
              value={money(s.acceptedCut)}
              exact={formatYuanExact(s.acceptedCut, lang)}
            />
            <KpiTile
              testId="cuts-share"
              label={t('rank.cuts.share', { target })}
              value={formatRate(s.acceptedShare, 2)}
              sub={t('rank.cuts.shareSub', {
                target,
                amount: money(s.targetYearBudget),
                proposed: formatRate(s.proposedShare, 2),
              })}
            />
            <KpiTile
              testId="recalls-proposed"
              label={t('rank.recalls.proposed')}
              value={money(s.recallProposed)}
              exact={formatYuanExact(s.recallProposed, lang)}
              sub={t('rank.recalls.proposedSub', { count: formatCount(s.recallCount) })}
            />
            <KpiTile
              testId="recalls-decided"
              label={t('rank.recalls.decided')}
              value={money(s.recallDecided)}
              exact={formatYuanExact(s.recallDecided, lang)}
              sub={t('rank.recalls.decidedSub', { count: formatCount(s.recallDecidedCount) })}
            />
          </div>
          <nav className="chart-links" aria-label={t('rank.cuts.grades')}>
            <span className="chart-links__label">{t('rank.cuts.grades')}</span>
            {(['MEDIUM', 'POOR'] as const).map((g) => {
              const count = g === 'MEDIUM' ? ranking.mediumCount : ranking.poorCount;
              return (
                <Link
                  key={g}
                  to={scopeListPath(evaluated, { ...scope, grade: g })}
                  className="chart-link"
                  data-testid={`cuts-grade-${g}`}
                  data-count={count}
                >
                  {t('rank.cuts.gradeLink', { grade: GRADE_LABELS[g][lang], count: formatCount(count) })}
                </Link>
              );
            })}
          </nav>
          <DataTable
            caption={t('rank.cuts.caption')}
            rows={ranking.rows}
            rowKey={(r) => r.projectId}
            status={ranking.rows.length ? 'ready' : 'empty'}
            testId="cuts-ranking"
            columns={[
              {
                key: 'project',
                header: t('rank.cuts.project'),
                cell: (r: CutRow) => (
                  <Link
                    to={projectPath(r.projectId, pickedCounty(scope))}
                    title={`${r.code} ${r.name}`}
                    data-testid={`cuts-project-${r.code}`}
                  >
                    {r.code} {r.name}
                  </Link>
                ),
              },
              {
                key: 'unit',
                header: t('rank.cuts.unit'),
                width: '140px',
                cell: (r) => <span title={r.unitName}>{r.unitName}</span>,
              },
              {
                key: 'grade',
                header: t('rank.cuts.grade'),
                width: '72px',
                cell: (r) => <GradeBadge grade={r.grade} />,
              },
              moneyColumn('proposed', t('rank.cuts.proposedCut'), (r: CutRow) => r.proposedCut),
              {
                key: 'accepted',
                header: t('rank.cuts.acceptedCut'),
                width: AMOUNT_WIDTH,
                align: 'right',
                cell: (r: CutRow) =>
                  r.acceptedCut !== null ? (
                    <Money yuan={r.acceptedCut} />
                  ) : (
                    <span className="muted">
                      {r.proposedCut === null ? t('rank.cuts.notProposed') : t('rank.cuts.undecided')}
                    </span>
                  ),
              },
            ]}
          />
        </>
      )}
    </Panel>
  );
}

/** The budget section's home: the same cuts' totals by section and by unit. */
export function CutTotalsPanel({ year, scope, className }: { year: number; scope: Scope; className?: string }) {
  const { t } = useI18n();
  const evaluated = year - 1;
  const { state, retry } = useLoadableQuery(
    CUT_TOTALS,
    { year: evaluated, filter: rankingFilter(scope) },
    selectTotals,
  );
  const data = state.status === 'ready' ? state.data : null;
  return (
    <Panel
      className={className}
      testId="panel-cut-totals"
      title={t('rank.totals.title')}
      subtitle={t('rank.totals.subtitle', { year: evaluated, evaluatedIn: year, target: evaluated + 2 })}
      status={panelState(state, (d) => d.bySection.length + d.byUnit.length)}
      errorText={state.status === 'error' ? state.message : undefined}
      emptyText={t('rank.totals.empty', { year: evaluated })}
      onRetry={retry}
      retryLabel={t('common.retry')}
      minHeight={200}
    >
      {data && (
        <div className="ranking-pair">
          <GroupTable kind="section" rows={data.bySection} />
          <GroupTable kind="unit" rows={data.byUnit} />
        </div>
      )}
    </Panel>
  );
}

function GroupTable({ kind, rows }: { kind: 'section' | 'unit'; rows: readonly CutGroupFieldsFragment[] }) {
  const { t } = useI18n();
  return (
    <div className="ranking">
      <h3 className="ranking__title">{t(kind === 'section' ? 'rank.totals.bySection' : 'rank.totals.byUnit')}</h3>
      <DataTable
        caption={t(kind === 'section' ? 'rank.totals.bySection' : 'rank.totals.byUnit')}
        rows={rows}
        rowKey={(r) => r.key}
        status={rows.length ? 'ready' : 'empty'}
        testId={`cut-totals-${kind}`}
        columns={[
          {
            key: 'label',
            header: t(kind === 'section' ? 'rank.totals.section' : 'rank.totals.unit'),
            cell: (r) => <span title={r.label}>{r.label}</span>,
          },
          { key: 'count', header: t('rank.totals.count'), width: '80px', align: 'right', cell: (r) => r.projectCount },
          moneyColumn('proposed', t('rank.cuts.proposedCut'), (r: CutGroupFieldsFragment) => r.proposedCut),
          moneyColumn('accepted', t('rank.cuts.acceptedCut'), (r: CutGroupFieldsFragment) => r.acceptedCut),
        ]}
      />
    </div>
  );
}
