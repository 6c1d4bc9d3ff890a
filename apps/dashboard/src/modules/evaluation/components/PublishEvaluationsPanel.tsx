import { useMemo } from 'react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { CursorPager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import { PUBLISH_EVALUATIONS_PAGE } from '../graphql/publish-evaluations.graphql';
import { connection, usePublishColumns, type Row } from './publish-rows';
import { ToPublish } from './ToPublish';

const DONE_PAGE_SIZE = 10;

/** The year's evaluations already public, with their date. */
function Published({ year }: { year: number }) {
  const { t } = useI18n();
  const variables = useMemo(() => ({ year, published: true }), [year]);
  const pages = useCursorPages(PUBLISH_EVALUATIONS_PAGE, variables, connection, DONE_PAGE_SIZE);
  const columns: Column<Row>[] = [
    ...usePublishColumns(),
    {
      key: 'publishedOn',
      header: t('publish.col.publishedOn'),
      width: '112px',
      cell: (e) => <span data-testid={`published-on-${e.id}`}>{e.publishedOn ?? '—'}</span>,
    },
  ];
  const status = pages.status === 'ready' ? (pages.nodes.length ? 'ready' : 'empty') : pages.status;
  return (
    <Panel
      title={t('publish.doneTitle', { year })}
      status={status}
      errorText={pages.errorText}
      onRetry={pages.retry}
      retryLabel={t('common.retry')}
      emptyText={t('publish.doneEmpty')}
      minHeight={120}
      testId="panel-published-evaluations"
    >
      <DataTable
        caption={t('publish.doneTitle', { year })}
        rows={pages.nodes}
        rowKey={(e) => e.id}
        status={status}
        emptyText={t('publish.doneEmpty')}
        testId="published-list"
        columns={columns}
      />
      <CursorPager pages={pages} pageSize={DONE_PAGE_SIZE} />
    </Panel>
  );
}

/** 信息公开 of evaluation results: the performance section publishes final evaluations of the year. */
export function PublishEvaluationsPanel({ year }: { year: number }) {
  return (
    <div className="work-stack">
      <ToPublish year={year} />
      <Published year={year} />
    </div>
  );
}
