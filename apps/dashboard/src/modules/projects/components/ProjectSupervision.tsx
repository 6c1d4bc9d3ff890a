import { DataTable, type Column } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { AMOUNT_WIDTH, Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import type { ProjectDetail } from '../project-detail';

type Finding = ProjectDetail['supervisionFindings'][number];
type Recall = ProjectDetail['fundRecalls'][number];
type Key = Parameters<ReturnType<typeof useI18n>['t']>[0];

/** The project's audit and supervision findings (which cap its grades) and its fund recalls. */
export function ProjectSupervision({ project }: { project: ProjectDetail }) {
  const { t } = useI18n();
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
  ];
  const recallColumns: Column<Recall>[] = [
    {
      key: 'reason',
      header: t('detail.sup.reason'),
      width: '140px',
      cell: (r) => t(`detail.sup.reason.${r.reason}` as Key),
    },
    { key: 'on', header: t('detail.sup.foundOn'), width: '100px', cell: (r) => r.proposedOn },
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
    { key: 'status', header: t('detail.sup.status'), cell: (r) => t(`detail.sup.recallStatus.${r.status}` as Key) },
  ];
  return (
    <Panel title={t('detail.sup.title')} status="ready" minHeight={0} testId="panel-supervision">
      <DataTable
        caption={t('detail.sup.findings')}
        columns={findingColumns}
        rows={project.supervisionFindings}
        rowKey={(f) => f.id}
        status={project.supervisionFindings.length ? 'ready' : 'empty'}
        emptyText={t('detail.sup.noFindings')}
      />
      <DataTable
        caption={t('detail.sup.recalls')}
        columns={recallColumns}
        rows={project.fundRecalls}
        rowKey={(r) => r.id}
        status={project.fundRecalls.length ? 'ready' : 'empty'}
        emptyText={t('detail.sup.noRecalls')}
      />
    </Panel>
  );
}
