import { DataTable } from '@jixiao/ui/data-table';
import { formatRate } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { useLoadableQuery } from '../../app/apollo/use-loadable-query';
import { moneyColumn } from '../../app/components/table-columns';
import { useI18n } from '../../app/i18n/i18n';
import { checkpointName, placeName } from '../../app/i18n/translate';
import { Link } from '../../app/router/router';
import type { CountyComparisonQuery } from '../../generated/graphql';
import { COUNTY_COMPARISON } from './counties.graphql';

type Row = CountyComparisonQuery['countyComparison'][number];
const select = (d: CountyComparisonQuery) => d.countyComparison;

/** The counties side by side (issue 15 §3): each row's name picks that county for the whole page. */
export function CountyComparisonPanel({
  year,
  selected,
  link,
  className,
}: {
  year: number;
  selected: string | null;
  /** The address of the page with that county picked. */
  link: (code: string) => string;
  className?: string;
}) {
  const { t, lang } = useI18n();
  const { state, retry } = useLoadableQuery(COUNTY_COMPARISON, { year }, select);
  const rows = state.status === 'ready' ? state.data : [];
  return (
    <Panel
      className={className}
      testId="panel-county-comparison"
      title={t('county.compare.title')}
      subtitle={t('county.compare.subtitle', { year, evaluated: year - 1, evaluatedIn: year })}
      status={state.status === 'ready' ? (rows.length ? 'ready' : 'empty') : state.status}
      errorText={state.status === 'error' ? state.message : undefined}
      emptyText={t('county.compare.empty')}
      onRetry={retry}
      retryLabel={t('common.retry')}
      minHeight={120}
    >
      <DataTable
        caption={t('county.compare.title')}
        rows={rows}
        rowKey={(r) => r.regionCode}
        status={rows.length ? 'ready' : 'empty'}
        testId="county-comparison"
        columns={[
          {
            key: 'county',
            header: t('county.compare.county'),
            cell: (r: Row) => (
              <Link
                to={link(r.regionCode)}
                aria-current={selected === r.regionCode ? 'true' : undefined}
                title={t('county.compare.open')}
                data-testid={`county-link-${r.regionCode}`}
              >
                {placeName({ name: r.regionName, nameEn: r.regionNameEn }, lang)}
              </Link>
            ),
          },
          {
            key: 'projects',
            header: t('county.compare.projects'),
            width: '96px',
            align: 'right',
            cell: (r: Row) => r.projectCount,
          },
          moneyColumn('budget', t('county.compare.budget'), (r: Row) => r.budget),
          {
            key: 'rate',
            header: t('county.compare.rate'),
            width: '104px',
            align: 'right',
            cell: (r: Row) => (r.checkpointMonth === null ? '—' : formatRate(r.executionRate)),
          },
          {
            key: 'checkpoint',
            header: t('county.compare.checkpoint'),
            width: '136px',
            cell: (r: Row) => (r.checkpointMonth === null ? '—' : checkpointName(t, r.checkpointMonth)),
          },
          {
            key: 'yellow',
            header: t('county.compare.yellow'),
            width: '72px',
            align: 'right',
            cell: (r: Row) => r.openYellow,
          },
          { key: 'red', header: t('county.compare.red'), width: '64px', align: 'right', cell: (r: Row) => r.openRed },
          {
            key: 'grades',
            header: t('county.compare.grades'),
            width: '210px',
            align: 'right',
            cell: (r: Row) => `${r.excellent} / ${r.good} / ${r.medium} / ${r.poor}`,
          },
        ]}
      />
    </Panel>
  );
}
