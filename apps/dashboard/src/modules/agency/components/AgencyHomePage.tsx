import { useCallback, useMemo } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { formatCount, formatDecimal, yuanPlain } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { fetchAllPages } from '../../../app/apollo/fetch-all';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useChartContext } from '../../../app/charts/chart-context';
import { ChartPanel } from '../../../app/components/ChartPanel';
import { useI18n } from '../../../app/i18n/i18n';
import { ExportButtons } from '../../../app/components/ExportButtons';
import { TodoPanel } from '../../work';
import { OwnChecksPanel } from '../../agency-checks';
import { PageHeading } from '../../../app/components/PageHeading';
import { CursorPager } from '../../../app/components/Pager';
import { safeFileName } from '../../../app/export/download';
import type { ExportColumn } from '../../../app/export/table-export';
import { ready, type Loadable } from '../../../app/loadable';
import { projectPath } from '../../../app/router/routes';
import { Link } from '../../../app/router/router';
import type { EvaluationListQuery, EvaluationRowFragment } from '../../../generated/graphql';
import { agencyChartHeight, agencyRatingsOption, ratingWeights } from '../../overview';
import { useYears } from '../../../app/analytics/years';
import { gradeLabel, kindLabel } from '../../projects';
import { AGENCY_HOME, EVALUATION_LIST } from '../graphql/agency-home.graphql';
import { moneyColumn, unitColumn } from '../../../app/components/table-columns';

const PAGE_SIZE = 20;
const connection = (d: EvaluationListQuery) => d.evaluations;

/** The evaluations assigned to the viewer (the server keeps an agency to its own). */
export function EvaluationTable({ title, fileLabel, testId }: { title: string; fileLabel: string; testId?: string }) {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const variables = useMemo(() => ({ filter: {} }), []);
  const pages = useCursorPages(EVALUATION_LIST, variables, connection, PAGE_SIZE);
  const load = useCallback(async () => {
    const all = await fetchAllPages(client, EVALUATION_LIST, variables, connection);
    return { rows: all.nodes, truncated: all.truncated };
  }, [client, variables]);
  const columns: Column<EvaluationRowFragment>[] = [
    {
      key: 'project',
      header: t('flags.col.project'),
      cell: (e) =>
        e.project ? (
          <Link to={projectPath(e.project.id)} className="table-link" title={e.project.name}>
            <span className="mono muted">{e.project.code}</span> {e.project.name}
          </Link>
        ) : (
          (e.unit?.name ?? '—')
        ),
    },
    unitColumn(t('projects.col.unit'), '18%', (e) => e.unit),
    { key: 'kind', header: t('detail.eval.kind'), width: '104px', cell: (e) => kindLabel(e.kind, lang) },
    {
      key: 'year',
      header: t('detail.eval.year'),
      width: '84px',
      cell: (e) => t('common.yearOption', { year: e.year }),
    },
    moneyColumn('budget', t('projects.col.budget'), (e) => e.budget),
    {
      key: 'score',
      header: t('detail.eval.score'),
      width: '72px',
      align: 'right',
      cell: (e) => (e.score == null ? '—' : formatDecimal(e.score, 2)),
    },
    {
      key: 'grade',
      header: t('detail.eval.grade'),
      width: '64px',
      cell: (e) =>
        e.grade ? (
          <span className={`badge badge--grade-${e.grade.toLowerCase()}`}>{gradeLabel(e.grade, lang)}</span>
        ) : (
          '—'
        ),
    },
    {
      key: 'findings',
      header: t('detail.eval.findings'),
      width: '64px',
      align: 'right',
      cell: (e) => e.findings.length,
    },
    { key: 'date', header: t('detail.eval.date'), width: '100px', cell: (e) => e.evaluatedOn ?? '—' },
  ];
  const exportColumns: ExportColumn<EvaluationRowFragment>[] = [
    { header: t('projects.col.code'), value: (e) => e.project?.code ?? '', width: 16 },
    { header: t('projects.col.name'), value: (e) => e.project?.name ?? '', width: 32 },
    { header: t('projects.col.unit'), value: (e) => e.unit?.name ?? '', width: 26 },
    { header: t('detail.eval.kind'), value: (e) => kindLabel(e.kind, lang) },
    { header: t('detail.eval.year'), value: (e) => e.year, type: 'number' },
    { header: t('projects.col.budgetYuan'), value: (e) => yuanPlain(e.budget), type: 'money', width: 16 },
    { header: t('detail.eval.score'), value: (e) => e.score ?? null, type: 'number' },
    { header: t('detail.eval.grade'), value: (e) => gradeLabel(e.grade, lang) },
    {
      header: t('detail.eval.caps'),
      value: (e) =>
        e.caps
          .filter((c) => c.applied)
          .map((c) => (lang === 'zh' ? c.zh : c.en))
          .join('；'),
    },
    { header: t('detail.eval.findings'), value: (e) => e.findings.map((f) => f.text).join('；'), width: 40 },
    { header: t('detail.eval.date'), value: (e) => e.evaluatedOn ?? '', type: 'date' },
    { header: t('detail.eval.report'), value: (e) => e.reportName ?? '', width: 30 },
  ];
  const status = pages.status === 'ready' ? (pages.nodes.length ? 'ready' : 'empty') : pages.status;
  return (
    <Panel
      title={title}
      subtitle={
        pages.status === 'ready' ? t('agency.evaluationCount', { count: formatCount(pages.totalCount) }) : undefined
      }
      status="ready"
      minHeight={0}
      testId={testId ?? 'evaluation-table'}
      actions={
        <ExportButtons
          columns={exportColumns}
          load={load}
          fileName={safeFileName([t('agency.evaluationsFile'), fileLabel])}
          sheetName={t('agency.evaluationsFile')}
          disabled={pages.status !== 'ready' || pages.totalCount === 0}
        />
      }
    >
      <DataTable
        caption={title}
        columns={columns}
        rows={pages.nodes}
        rowKey={(e) => e.id}
        status={status}
        errorText={t('common.loadFailed', { reason: pages.errorText ?? '' })}
        emptyText={t('agency.noEvaluations')}
        onRetry={pages.retry}
        retryLabel={t('common.retry')}
      />
      {status === 'ready' && <CursorPager pages={pages} pageSize={PAGE_SIZE} />}
    </Panel>
  );
}

/** A third-party agency's view: its assigned evaluations and its own ratings over the years. */
export default function AgencyHomePage() {
  const ctx = useChartContext();
  const { t, lang } = ctx;
  // One year's weights draw every year's bar: the demo's rules do not change them between years.
  const { defaultYear } = useYears();
  const { data, loading, error, refetch } = useQuery(AGENCY_HOME, { variables: { ruleYear: defaultYear } });
  const agency = data?.agencies[0] ?? null;
  const ratings = useMemo(() => [...(agency?.ratings ?? [])].sort((a, b) => a.year - b.year), [agency]);
  const option = useMemo<Loadable<ReturnType<typeof agencyRatingsOption>>>(() => {
    if (loading && !data) return { status: 'loading' };
    if (error) return { status: 'error', message: errorMessage(error, t, lang) };
    const rows = [...ratings].reverse().map((r) => ({
      agencyId: r.id,
      agencyName: t('common.yearOption', { year: r.year }),
      score: r.score,
      rating: r.rating,
      quantity: r.quantity,
      quality: r.quality,
      effect: r.effect,
      satisfaction: r.satisfaction,
    }));
    return ready(agencyRatingsOption(rows, ratingWeights(data?.ruleSet.rules), ctx, { keepOrder: true }));
  }, [loading, data, error, ratings, ctx, t, lang]);
  const latest = ratings.at(-1);
  return (
    <main className="page" id="main">
      <PageHeading
        title={agency?.name ?? t('agency.title')}
        subtitle={agency ? t('agency.subtitle', { code: agency.creditCode }) : undefined}
      />
      <TodoPanel />
      <div className="kpi-row" data-count={3}>
        <div className="jx-kpi jx-kpi--good" data-testid="agency-latest-rating">
          <div className="jx-kpi__label">{t('agency.latestRating')}</div>
          <div className="jx-kpi__value">{latest ? `${latest.rating} · ${formatDecimal(latest.score, 1)}` : '—'}</div>
          <div className="jx-kpi__sub">
            {latest ? t('common.yearOption', { year: latest.year }) : t('agency.noRatings')}
          </div>
        </div>
      </div>
      <div className="dashboard__grid">
        <ChartPanel
          testId="panel-own-ratings"
          title={t('agency.ratings')}
          subtitle={t('agency.ratingsSub')}
          option={option}
          emptyText={t('agency.noRatings')}
          ariaLabel={t('agency.ratings')}
          onRetry={() => void refetch().catch(() => undefined)}
          height={agencyChartHeight(ratings.length)}
          exportName={safeFileName([t('agency.ratings'), agency?.name])}
        />
        <Panel
          title={t('agency.ratingTable')}
          status={ratings.length ? 'ready' : loading ? 'loading' : 'empty'}
          emptyText={t('agency.noRatings')}
          minHeight={120}
          testId="panel-rating-table"
        >
          <DataTable
            caption={t('agency.ratingTable')}
            rows={ratings}
            rowKey={(r) => r.id}
            status="ready"
            columns={[
              { key: 'year', header: t('detail.eval.year'), cell: (r) => t('common.yearOption', { year: r.year }) },
              {
                key: 'rating',
                header: t('chart.agencies.rating'),
                align: 'center',
                cell: (r) => <span className={`badge badge--rating-${r.rating.toLowerCase()}`}>{r.rating}</span>,
              },
              {
                key: 'score',
                header: t('chart.agencies.score'),
                align: 'right',
                cell: (r) => formatDecimal(r.score, 1),
              },
              {
                key: 'quantity',
                header: t('chart.agencies.quantity'),
                align: 'right',
                cell: (r) => formatDecimal(r.quantity, 1),
              },
              {
                key: 'quality',
                header: t('chart.agencies.quality'),
                align: 'right',
                cell: (r) => formatDecimal(r.quality, 1),
              },
              {
                key: 'effect',
                header: t('chart.agencies.effect'),
                align: 'right',
                cell: (r) => formatDecimal(r.effect, 1),
              },
              {
                key: 'satisfaction',
                header: t('chart.agencies.satisfaction'),
                align: 'right',
                cell: (r) => formatDecimal(r.satisfaction, 1),
              },
            ]}
          />
        </Panel>
        <div className="dashboard__wide">
          <OwnChecksPanel />
        </div>
        <div className="dashboard__wide">
          <EvaluationTable title={t('agency.evaluations')} fileLabel={agency?.name ?? ''} />
        </div>
      </div>
    </main>
  );
}
