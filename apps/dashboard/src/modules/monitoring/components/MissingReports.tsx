import { DataTable } from '@jixiao/ui/data-table';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { CursorPager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import type { MissingReportsQuery } from '../../../generated/graphql';
import { MISSING_REPORTS } from '../graphql/monitoring.graphql';
import type { Checkpoint } from '../report-rows';
import { moneyColumn, projectColumn, unitColumn } from '../../../app/components/table-columns';

type MissingPage = Extract<NonNullable<MissingReportsQuery['node']>, { missingReports: unknown }>['missingReports'];
const EMPTY_MISSING: MissingPage = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };
const missingConnection = (d: MissingReportsQuery) =>
  d.node && 'missingReports' in d.node ? d.node.missingReports : EMPTY_MISSING;
type Missing = MissingPage['edges'][number]['node'];
const MISSING_PAGE_SIZE = 20;

/** 催报清单: the projects of an open checkpoint that have not reported, with how late they are. */
export function MissingReports({ checkpoint, name }: { checkpoint: Checkpoint; name: string }) {
  const { t } = useI18n();
  const pages = useCursorPages(MISSING_REPORTS, { id: checkpoint.id }, missingConnection, MISSING_PAGE_SIZE);
  const late = checkpoint.daysOverdue > 0;
  return (
    <section className="missing-reports" data-testid={`missing-reports-${checkpoint.month}`}>
      <h3 className="work-subheading">
        {t(late ? 'cp.missingLate' : 'cp.missingTitle', {
          name,
          count: pages.totalCount,
          due: checkpoint.reportDue,
          days: checkpoint.daysOverdue,
        })}
      </h3>
      <DataTable
        caption={t('cp.missingTitle', {
          name,
          count: pages.totalCount,
          due: checkpoint.reportDue,
          days: checkpoint.daysOverdue,
        })}
        rows={pages.nodes}
        rowKey={(p) => p.id}
        status={pages.status === 'ready' ? (pages.nodes.length ? 'ready' : 'empty') : pages.status}
        errorText={pages.errorText}
        onRetry={pages.retry}
        retryLabel={t('common.retry')}
        emptyText={t('work.nothingWaiting')}
        testId={`missing-table-${checkpoint.month}`}
        columns={[
          unitColumn(t('work.unit'), '160px', (p: Missing) => p.unit),
          projectColumn(t('work.project'), (p: Missing) => p),
          moneyColumn('budget', t('work.budget'), (p: Missing) => p.budget),
          { key: 'due', header: t('cp.reportDue'), width: '110px', cell: () => checkpoint.reportDue },
          {
            key: 'late',
            header: t('cp.lateness'),
            width: '130px',
            cell: () =>
              late ? (
                <span className="badge badge--flag-red">{t('cp.overdueDays', { days: checkpoint.daysOverdue })}</span>
              ) : (
                <span className="muted">{t('cp.notDue')}</span>
              ),
          },
        ]}
      />
      {pages.status === 'ready' && pages.totalCount > MISSING_PAGE_SIZE && (
        <CursorPager pages={pages} pageSize={MISSING_PAGE_SIZE} />
      )}
    </section>
  );
}
