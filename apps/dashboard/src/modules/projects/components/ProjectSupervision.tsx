import { useState } from 'react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { AMOUNT_WIDTH, Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import { useSession } from '../../auth';
import { DecideRecallForm, ProposeRecallForm, RecordFindingForm, WithdrawFindingForm } from '../../supervision';
import { RowButton } from '../../work';
import type { ProjectDetail } from '../project-detail';

type Finding = ProjectDetail['supervisionFindings'][number];
type Recall = ProjectDetail['fundRecalls'][number];
type Key = Parameters<ReturnType<typeof useI18n>['t']>[0];
type Open = { form: 'record' | 'propose' } | { form: 'withdraw' | 'decide'; id: string } | null;

/**
 * The project's audit and supervision findings (which cap its grades) and its fund recalls. The performance
 * section records and withdraws findings and proposes recalls here; the budget section decides recalls (the
 * performance section for classified units).
 */
export function ProjectSupervision({ project }: { project: ProjectDetail }) {
  const { t } = useI18n();
  const { state: session } = useSession();
  const me = session.status === 'signed-in' && !session.me.readOnly ? session.me : null;
  const pes = me?.role === 'PERFORMANCE';
  const decides = me?.role === 'BUDGET' || (pes && !!project.unit?.classified);
  const [open, setOpen] = useState<Open>(null);
  const toggle = (next: Exclude<Open, null>) =>
    setOpen((o) =>
      o && o.form === next.form && ('id' in o ? o.id : '') === ('id' in next ? next.id : '') ? null : next,
    );
  const close = () => setOpen(null);
  const withdrawing = open?.form === 'withdraw' ? project.supervisionFindings.find((f) => f.id === open.id) : null;
  const deciding = open?.form === 'decide' ? project.fundRecalls.find((r) => r.id === open.id) : null;
  const findingColumns: Column<Finding>[] = [
    { key: 'kind', header: t('detail.sup.kind'), width: '96px', cell: (f) => t(`detail.sup.kind.${f.kind}` as Key) },
    { key: 'doc', header: t('detail.sup.documentNo'), width: '160px', cell: (f) => f.documentNo },
    { key: 'source', header: t('detail.sup.source'), width: '140px', cell: (f) => f.source },
    { key: 'on', header: t('detail.sup.foundOn'), width: '100px', cell: (f) => f.foundOn },
    {
      key: 'status',
      header: t('detail.sup.status'),
      width: '80px',
      cell: (f) => <span title={f.withdrawnReason}>{t(`detail.sup.status.${f.status}` as Key)}</span>,
    },
    {
      key: 'text',
      header: t('detail.sup.description'),
      cell: (f) => <span title={f.description}>{f.description}</span>,
    },
    ...(pes
      ? [
          {
            key: 'actions',
            header: t('work.actions'),
            width: '72px',
            cell: (f: Finding) =>
              f.status === 'ACTIVE' ? (
                <RowButton
                  expanded={open?.form === 'withdraw' && open.id === f.id}
                  onClick={() => toggle({ form: 'withdraw', id: f.id })}
                  testId={`finding-withdraw-${f.documentNo}`}
                >
                  {t('sup.withdraw')}
                </RowButton>
              ) : null,
          },
        ]
      : []),
  ];
  const recallColumns: Column<Recall>[] = [
    {
      key: 'reason',
      header: t('detail.sup.reason'),
      width: '140px',
      cell: (r) => t(`detail.sup.reason.${r.reason}` as Key),
    },
    { key: 'on', header: t('sup.proposedOn'), width: '100px', cell: (r) => r.proposedOn },
    {
      key: 'proposed',
      header: t('detail.sup.proposed'),
      width: AMOUNT_WIDTH,
      align: 'right',
      cell: (r) => <Money yuan={r.proposedAmount} />,
    },
    {
      key: 'decided',
      header: t('detail.sup.decided'),
      width: AMOUNT_WIDTH,
      align: 'right',
      cell: (r) => <Money yuan={r.decidedAmount} />,
    },
    {
      key: 'status',
      header: t('detail.sup.status'),
      cell: (r) => (
        <span title={r.decisionNote || r.proposalNote} data-testid={`recall-status-${r.id}`}>
          {t(`detail.sup.recallStatus.${r.status}` as Key)}
        </span>
      ),
    },
    ...(decides
      ? [
          {
            key: 'actions',
            header: t('work.actions'),
            width: '72px',
            cell: (r: Recall) =>
              r.status === 'PROPOSED' ? (
                <RowButton
                  primary
                  expanded={open?.form === 'decide' && open.id === r.id}
                  onClick={() => toggle({ form: 'decide', id: r.id })}
                  testId={`recall-decide-${project.code}`}
                >
                  {t('sup.decide')}
                </RowButton>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Panel
      title={t('detail.sup.title')}
      status="ready"
      minHeight={0}
      testId="panel-supervision"
      actions={
        pes && (
          <span className="sup-actions">
            <RowButton
              expanded={open?.form === 'record'}
              onClick={() => toggle({ form: 'record' })}
              testId="finding-open"
            >
              {t('sup.record')}
            </RowButton>
            <RowButton
              expanded={open?.form === 'propose'}
              onClick={() => toggle({ form: 'propose' })}
              testId="recall-open"
            >
              {t('sup.propose')}
            </RowButton>
          </span>
        )
      }
    >
      {open?.form === 'record' && <RecordFindingForm project={project} onDone={close} />}
      {open?.form === 'propose' && (
        <ProposeRecallForm
          project={{ ...project, vetoed: project.evaluations.some((e) => e.authenticityFailed === true) }}
          onDone={close}
        />
      )}
      <DataTable
        caption={t('detail.sup.findings')}
        columns={findingColumns}
        rows={project.supervisionFindings}
        rowKey={(f) => f.id}
        status={project.supervisionFindings.length ? 'ready' : 'empty'}
        emptyText={t('detail.sup.noFindings')}
      />
      {withdrawing && <WithdrawFindingForm key={withdrawing.id} finding={withdrawing} onDone={close} />}
      <DataTable
        caption={t('detail.sup.recalls')}
        columns={recallColumns}
        rows={project.fundRecalls}
        rowKey={(r) => r.id}
        status={project.fundRecalls.length ? 'ready' : 'empty'}
        emptyText={t('detail.sup.noRecalls')}
      />
      <p className="sup-totals">
        <span>
          {t('sup.recallable')}{' '}
          <strong data-testid="recallable-amount">
            <Money yuan={project.recallableAmount} />
          </strong>
        </span>
      </p>
      {deciding && <DecideRecallForm key={deciding.id} recall={deciding} project={project} onDone={close} />}
    </Panel>
  );
}
