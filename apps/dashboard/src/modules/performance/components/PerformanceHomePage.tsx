import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { formatCount, formatDecimal } from '@jixiao/ui/format';
import { KpiTile } from '@jixiao/ui/kpi-tile';
import { Panel } from '@jixiao/ui/panel';
import { ExportButtons } from '../../../app/components/ExportButtons';
import { PageHeading } from '../../../app/components/PageHeading';
import { Tabs, TabPanel } from '../../../app/components/Tabs';
import { YearPicker } from '../../../app/components/YearPicker';
import { safeFileName } from '../../../app/export/download';
import { useI18n } from '../../../app/i18n/i18n';
import { useQueryParams } from '../../../app/router/router';
import { graphql } from '../../../generated';
import { FlagLedger } from '../../flags';
import { AgencyRatingsChart, rankedAgencies, useAgencyRatings } from '../../overview';
import { useYear } from '../../../app/analytics/use-dashboard-url';
import { useYears } from '../../../app/analytics/years';
import { TodoPanel } from '../../work';
import { YearAdminPanel } from './YearAdminPanel';
import { QuarterlySubmitPanel } from '../../quarterly-report';

export const OPEN_FLAG_COUNTS = graphql(`
  query OpenFlagCounts {
    yellow: flags(first: 1, filter: { status: OPEN, level: YELLOW }) {
      totalCount
    }
    red: flags(first: 1, filter: { status: OPEN, level: RED }) {
      totalCount
    }
    overdue: flags(first: 1, filter: { overdue: true }) {
      totalCount
    }
  }
`);

type Tab = 'flags' | 'agencies' | 'quarterly' | 'year';

function AgencyRatingTable({ year }: { year: number }) {
  const { t } = useI18n();
  const { state, retry } = useAgencyRatings(year);
  const rows = state.status === 'ready' ? rankedAgencies(state.data.agencyRatings) : [];
  const status = state.status === 'ready' ? (rows.length ? 'ready' : 'empty') : state.status;
  return (
    <Panel
      title={t('performance.ratingTable', { year })}
      status="ready"
      minHeight={0}
      testId="panel-agency-table"
      actions={
        <ExportButtons
          columns={[
            { header: t('performance.agency'), value: (r) => r.agencyName, width: 34 },
            { header: t('chart.agencies.rating'), value: (r) => r.rating },
            { header: t('chart.agencies.score'), value: (r) => r.score, type: 'number' },
            { header: t('chart.agencies.quantity'), value: (r) => r.quantity, type: 'number' },
            { header: t('chart.agencies.quality'), value: (r) => r.quality, type: 'number' },
            { header: t('chart.agencies.effect'), value: (r) => r.effect, type: 'number' },
            { header: t('chart.agencies.satisfaction'), value: (r) => r.satisfaction, type: 'number' },
          ]}
          load={async () => ({ rows })}
          fileName={safeFileName([t('performance.ratingsFile'), year])}
          sheetName={t('performance.ratingsFile')}
          disabled={rows.length === 0}
        />
      }
    >
      <DataTable
        caption={t('performance.ratingTable', { year })}
        rows={rows}
        rowKey={(r) => r.agencyId}
        status={status}
        errorText={state.status === 'error' ? t('common.loadFailed', { reason: state.message }) : undefined}
        onRetry={retry}
        retryLabel={t('common.retry')}
        emptyText={t('chart.agencies.empty', { year })}
        columns={[
          {
            key: 'name',
            header: t('performance.agency'),
            cell: (r) => <span title={r.agencyName}>{r.agencyName}</span>,
          },
          {
            key: 'rating',
            header: t('chart.agencies.rating'),
            width: '72px',
            align: 'center',
            cell: (r) => <span className={`badge badge--rating-${r.rating.toLowerCase()}`}>{r.rating}</span>,
          },
          {
            key: 'score',
            header: t('chart.agencies.score'),
            width: '84px',
            align: 'right',
            cell: (r) => formatDecimal(r.score, 1),
          },
          {
            key: 'quantity',
            header: t('chart.agencies.quantity'),
            width: '72px',
            align: 'right',
            cell: (r) => formatDecimal(r.quantity, 1),
          },
          {
            key: 'quality',
            header: t('chart.agencies.quality'),
            width: '72px',
            align: 'right',
            cell: (r) => formatDecimal(r.quality, 1),
          },
          {
            key: 'effect',
            header: t('chart.agencies.effect'),
            width: '72px',
            align: 'right',
            cell: (r) => formatDecimal(r.effect, 1),
          },
          {
            key: 'satisfaction',
            header: t('chart.agencies.satisfaction'),
            width: '72px',
            align: 'right',
            cell: (r) => formatDecimal(r.satisfaction, 1),
          },
        ]}
      />
    </Panel>
  );
}

/** 绩效科: the county-wide ledger of open flags and the ratings of every agency. */
export default function PerformanceHomePage() {
  const { t } = useI18n();
  const [params, update] = useQueryParams();
  const [year, setYear] = useYear();
  const { years } = useYears();
  const asked = params.get('tab');
  const tab: Tab = asked === 'agencies' || asked === 'year' || asked === 'quarterly' ? asked : 'flags';
  const counts = useQuery(OPEN_FLAG_COUNTS);
  const count = (n: number | undefined) => (n === undefined ? undefined : formatCount(n));
  const countStatus = counts.loading ? 'loading' : counts.error ? 'error' : 'ready';
  return (
    <main className="page" id="main">
      <PageHeading title={t('performance.title')} subtitle={t('performance.subtitle')}>
        {tab === 'agencies' && <YearPicker year={year} years={years} onChange={setYear} />}
      </PageHeading>
      <TodoPanel />
      <div className="kpi-row" data-count={3}>
        <KpiTile
          testId="kpi-open-yellow"
          label={t('performance.openYellow')}
          status={countStatus}
          statusText={t('kpi.loadFailed')}
          value={count(counts.data?.yellow.totalCount)}
          tone="warning"
          sub={t('performance.allYears')}
        />
        <KpiTile
          testId="kpi-open-red"
          label={t('performance.openRed')}
          status={countStatus}
          statusText={t('kpi.loadFailed')}
          value={count(counts.data?.red.totalCount)}
          tone="danger"
          sub={t('performance.allYears')}
        />
        <KpiTile
          testId="kpi-overdue"
          label={t('performance.overdue')}
          status={countStatus}
          statusText={t('kpi.loadFailed')}
          value={count(counts.data?.overdue.totalCount)}
          tone="danger"
          sub={t('performance.overdueSub')}
        />
      </div>
      <Tabs
        idPrefix="performance"
        label={t('performance.tabs')}
        items={[
          { key: 'flags', label: t('performance.tab.flags') },
          { key: 'agencies', label: t('performance.tab.agencies') },
          { key: 'quarterly', label: t('quarterly.tab') },
          { key: 'year', label: t('performance.tab.year') },
        ]}
        active={tab}
        onChange={(next) => update({ tab: next === 'flags' ? null : next })}
      />
      <TabPanel idPrefix="performance" active={tab}>
        {tab === 'flags' ? (
          <FlagLedger
            year={null}
            defaultStatus="OPEN"
            title={t('performance.ledger')}
            subtitle={t('performance.ledgerSub')}
            fileLabel={t('performance.county')}
            showSection
            pickers
            testId="county-ledger"
          />
        ) : tab === 'year' ? (
          <YearAdminPanel />
        ) : tab === 'quarterly' ? (
          <QuarterlySubmitPanel />
        ) : (
          <div className="dashboard__grid">
            <AgencyRatingsChart year={year} />
            <AgencyRatingTable year={year} />
          </div>
        )}
      </TabPanel>
    </main>
  );
}
