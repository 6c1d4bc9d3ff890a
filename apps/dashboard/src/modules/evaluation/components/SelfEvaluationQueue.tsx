import { DataTable } from '@jixiao/ui/data-table';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { CursorPager } from '../../../app/components/Pager';
import { moneyColumn, projectColumn, unitColumn } from '../../../app/components/table-columns';
import { useI18n } from '../../../app/i18n/i18n';
import type { SelfEvaluationQueueQuery } from '../../../generated/graphql';
import { FUND_REVIEW_SELF_EVALUATION } from '../../fund-review';
import { FailureBanner, PassOrReturn, ReturnForm, RowButton, useReturning, useWorkAction } from '../../work';
import { CONFIRM_SELF_EVALUATION, SELF_EVALUATION_QUEUE } from '../graphql/self-evaluation-queue.graphql';
import { GradeBadge } from './GradePieces';

type Row = SelfEvaluationQueueQuery['evaluations']['edges'][number]['node'];
const PAGE = 50;
const connection = (d: SelfEvaluationQueueQuery) => d.evaluations;

/**
 * Units' submitted self-evaluations of a budget year waiting to be confirmed: a fund-owning section passes those of
 * its family upward (审核上报) or returns them to the unit; the performance section confirms them, a fund family's
 * only once its section passed it (issue 13 §3).
 */
export function SelfEvaluationQueue({ year, mode }: { year: number; mode: 'fund' | 'confirm' }) {
  const { t } = useI18n();
  const pages = useCursorPages(
    SELF_EVALUATION_QUEUE,
    { year, fundReviewed: mode === 'fund' ? false : null },
    connection,
    PAGE,
  );
  const action = useWorkAction();
  const returning = useReturning<Row>(action);
  const name = (r: Row) => r.project?.name ?? r.id;
  const review = async (r: Row, approve: boolean) => {
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: FUND_REVIEW_SELF_EVALUATION,
          variables: { id: r.id, version: r.version, approve, comment: approve ? '' : returning.comment },
        }),
      () => t(approve ? 'fund.passedToast' : 'fund.returnedToast', { project: name(r) }),
    );
    if (done && !approve) returning.done();
  };
  const confirm = (r: Row) =>
    action.run(
      () => action.client.mutate({ mutation: CONFIRM_SELF_EVALUATION, variables: { id: r.id, version: r.version } }),
      () => t('selfeval.confirmedToast', { project: name(r) }),
    );
  const code = (r: Row) => r.project?.code ?? r.id;
  const rows = pages.nodes;
  return (
    <>
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <DataTable
        caption={t(mode === 'fund' ? 'fund.selfTitle' : 'selfeval.confirmTitle', { year })}
        rows={rows}
        rowKey={(r) => r.id}
        status={pages.status === 'ready' ? (rows.length ? 'ready' : 'empty') : pages.status}
        errorText={pages.errorText}
        onRetry={pages.retry}
        retryLabel={t('common.retry')}
        emptyText={t('work.nothingWaiting')}
        testId={mode === 'fund' ? 'fund-self-queue' : 'confirm-self-queue'}
        columns={[
          unitColumn(t('work.unit'), '130px', (r: Row) => r.project?.unit),
          projectColumn(t('work.project'), (r: Row) => r.project),
          moneyColumn('budget', t('work.budget'), (r: Row) => r.budget),
          {
            key: 'score',
            header: t('selfeval.score'),
            width: '64px',
            align: 'right',
            cell: (r: Row) => r.score ?? '—',
          },
          {
            key: 'grade',
            header: t('selfeval.grade'),
            width: '64px',
            cell: (r: Row) => <GradeBadge grade={r.grade} />,
          },
          { key: 'date', header: t('selfeval.evaluatedOn'), width: '100px', cell: (r: Row) => r.evaluatedOn ?? '—' },
          {
            key: 'actions',
            header: t('work.actions'),
            width: '160px',
            cell: (r: Row) =>
              mode === 'confirm' && r.project?.fundReviewRequired && !r.fundReviewedOn ? (
                <span className="muted" data-testid={`self-confirm-waits-${code(r)}`}>
                  {t('fund.waiting')}
                </span>
              ) : mode === 'confirm' ? (
                <RowButton
                  primary
                  disabled={action.busy}
                  onClick={() => void confirm(r)}
                  testId={`self-confirm-${code(r)}`}
                >
                  {t('review.confirm')}
                </RowButton>
              ) : (
                <PassOrReturn
                  busy={action.busy}
                  pass={t('fund.passUp')}
                  onPass={() => void review(r, true)}
                  onReturn={() => returning.start(r)}
                  passTestId={`self-pass-${code(r)}`}
                  returnTestId={`self-return-${code(r)}`}
                />
              ),
          },
        ]}
      />
      {pages.status === 'ready' && pages.totalCount > PAGE && <CursorPager pages={pages} pageSize={PAGE} />}
      <ReturnForm
        returning={returning}
        action={action}
        project={name}
        onReturn={(r) => void review(r, false)}
        prefix="self-"
      />
    </>
  );
}
