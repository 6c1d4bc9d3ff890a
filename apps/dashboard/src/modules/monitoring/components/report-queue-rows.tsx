import type { Column } from '@jixiao/ui/data-table';
import { formatRate } from '@jixiao/ui/format';
import { checkpointName, type Translate } from '../../../app/i18n/translate';
import type { CheckpointReportsQuery } from '../../../generated/graphql';
import { moneyColumn, projectColumn, unitColumn } from '../../../app/components/table-columns';

type QueueCheckpoint = Extract<NonNullable<CheckpointReportsQuery['node']>, { reports: unknown }>;
type QueueReport = QueueCheckpoint['reports']['edges'][number]['node'];
export type QueueRow = QueueReport & { month: number };

export const QUEUE_PAGE_SIZE = 50;
const EMPTY_PAGE = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };
/** The page of reports of the checkpoint, each with the checkpoint's month. */
export const queueConnection = (d: CheckpointReportsQuery) => {
  const c = d.node && 'reports' in d.node ? d.node : null;
  return c
    ? { ...c.reports, edges: c.reports.edges.map((e) => ({ node: { ...e.node, month: c.month } as QueueRow })) }
    : EMPTY_PAGE;
};

/** The columns of a list of reports at a checkpoint. */
export function queueColumns(t: Translate): Column<QueueRow>[] {
  return [
    unitColumn(t('work.unit'), '130px', (r) => r.project?.unit),
    projectColumn(t('work.project'), (r) => r.project),
    { key: 'cp', header: t('review.checkpoint'), width: '80px', cell: (r) => checkpointName(t, r.month) },
    moneyColumn('budget', t('work.budget'), (r) => r.budget),
    moneyColumn('executed', t('review.executed'), (r) => r.executed),
    { key: 'rate', header: t('review.rate'), width: '70px', align: 'right', cell: (r) => formatRate(r.executionRate) },
    { key: 'date', header: t('review.submittedOn'), width: '100px', cell: (r) => r.submittedOn ?? '—' },
  ];
}
