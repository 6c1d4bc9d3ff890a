import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { moneyColumn, unitColumn } from '../../../app/components/table-columns';
import { useI18n } from '../../../app/i18n/i18n';
import type { WorkUnitWideFieldsFragment } from '../../../generated/graphql';
import { EMPTY_DECISION, reviewScore, TargetDecisionForm, type DecisionDraft } from '../../targets';
import { FailureBanner, RowButton, usePanelStatus, useWorkAction } from '../../work';
import { REVIEW_UNIT_WIDE, REVIEW_UNIT_WIDE_FIRST, UNIT_WIDE_QUEUE } from '../graphql/unit-wide.graphql';

type Row = WorkUnitWideFieldsFragment;

/**
 * Units' unit-wide targets waiting for a decision: the business section's first review (the performance section's
 * for classified units, `classified`), or the performance section's approval with a score, or return with the
 * issues found.
 */
export function UnitWideReviewQueue({
  year,
  mode,
  classified,
}: {
  year: number;
  mode: 'first' | 'final';
  classified?: boolean;
}) {
  const { t } = useI18n();
  const { data, error } = useQuery(UNIT_WIDE_QUEUE, { variables: { year } });
  const action = useWorkAction();
  const [open, setOpen] = useState<{ id: string; approve: boolean } | null>(null);
  const [draft, setDraft] = useState<DecisionDraft>(EMPTY_DECISION);
  const waiting = mode === 'first' ? 'SUBMITTED' : 'FIRST_REVIEWED';
  const rows = (data?.unitWideTargets ?? []).filter(
    (r) => r.status === waiting && (classified === undefined || r.classified === classified),
  );
  const current = rows.find((r) => r.id === open?.id) ?? null;
  const start = (id: string, approve: boolean) => {
    action.clear();
    setOpen({ id, approve });
  };
  const decide = async (r: Row, approve: boolean) => {
    const { comment, score, issues } = draft;
    const done = await action.run(
      async (): Promise<unknown> =>
        mode === 'first'
          ? action.client.mutate({
              mutation: REVIEW_UNIT_WIDE_FIRST,
              variables: { id: r.id, version: r.version, approve, comment },
            })
          : action.client.mutate({
              mutation: REVIEW_UNIT_WIDE,
              variables: {
                id: r.id,
                version: r.version,
                approve,
                comment,
                score: approve ? reviewScore(score) : null,
                issueCount: approve ? null : reviewScore(issues),
              },
            }),
      () => t(approve ? 'unitwide.review.approvedToast' : 'unitwide.review.returnedToast', { unit: r.unitName }),
    );
    if (done !== null) {
      setOpen(null);
      setDraft(EMPTY_DECISION);
    }
  };
  const title = t(mode === 'first' ? 'unitwide.review.firstTitle' : 'unitwide.review.finalTitle', { year });
  const testId = `unit-wide-${mode === 'first' ? (classified ? 'stand-in' : 'review') : 'approve'}`;
  return (
    <Panel
      title={title}
      subtitle={t(mode === 'first' ? 'unitwide.review.firstSubtitle' : 'unitwide.review.finalSubtitle')}
      {...usePanelStatus(data, error)}
      minHeight={140}
      testId={`panel-${testId}`}
    >
      <FailureBanner failure={open ? null : action.failure} onReload={() => void action.reload()} />
      <DataTable
        caption={title}
        rows={rows}
        rowKey={(r) => r.id}
        status={rows.length ? 'ready' : 'empty'}
        emptyText={t('unitwide.review.none')}
        testId={`${testId}-queue`}
        columns={[
          unitColumn(t('work.unit'), '180px', (r: Row) => ({ name: r.unitName })),
          moneyColumn('budget', t('unitwide.budgetWan'), (r: Row) => r.budget),
          {
            key: 'count',
            header: t('unitwide.review.count'),
            width: '80px',
            align: 'right',
            cell: (r: Row) => r.indicators.length,
          },
          {
            key: 'key',
            header: t('unitwide.review.keyCount'),
            width: '80px',
            align: 'right',
            cell: (r: Row) => r.indicators.filter((i) => i.isKey).length,
          },
          {
            key: 'actions',
            header: t('work.actions'),
            width: '132px',
            cell: (r: Row) => (
              <span className="row-actions">
                <RowButton primary onClick={() => start(r.id, true)} testId={`unit-wide-approve-${r.unitName}`}>
                  {t('work.approve')}
                </RowButton>
                <RowButton onClick={() => start(r.id, false)} testId={`unit-wide-return-${r.unitName}`}>
                  {t('work.return')}
                </RowButton>
              </span>
            ),
          },
        ]}
      />
      {current && open && (
        <TargetDecisionForm
          project={{ name: current.unitName, indicators: current.indicators }}
          mode={mode}
          unitWide
          approve={open.approve}
          draft={draft}
          onDraft={(patch) => setDraft((d) => ({ ...d, ...patch }))}
          failure={action.failure}
          busy={action.busy}
          onReload={() => void action.reload()}
          onSubmit={() => void decide(current, open.approve)}
          onCancel={() => setOpen(null)}
        />
      )}
    </Panel>
  );
}
