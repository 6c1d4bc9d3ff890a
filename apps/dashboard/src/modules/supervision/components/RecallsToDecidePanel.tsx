import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { moneyColumn, unitColumn } from '../../../app/components/table-columns';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { projectPath } from '../../../app/router/routes';
import { Link } from '../../../app/router/router';
import type { RecallsToDecideQuery } from '../../../generated/graphql';
import { RowButton, usePanelStatus } from '../../work';
import { RECALLS_TO_DECIDE as RECALLS_QUERY } from '../graphql/supervision.graphql';
import { DecideRecallForm } from './RecallForms';

type Row = RecallsToDecideQuery['fundRecalls'][number];

/**
 * The budget section's queue of proposed fund recalls of the year, each decided apart from the cuts; the
 * performance section's of classified units (`classified`), which it decides in the budget section's stead.
 */
export function RecallsToDecidePanel({ year, classified }: { year: number; classified?: boolean }) {
  const { t } = useI18n();
  const { data, error } = useQuery(RECALLS_QUERY, { variables: { year } });
  const rows = (data?.fundRecalls ?? []).filter((r) => !classified || r.project?.unit?.classified);
  const [open, setOpen] = useState<string | null>(null);
  const deciding = rows.find((r) => r.id === open) ?? null;
  return (
    <Panel
      title={t('sup.queueTitle', { year })}
      subtitle={t('sup.queueSubtitle')}
      {...usePanelStatus(data, error, rows.length === 0)}
      emptyText={t('sup.queueEmpty')}
      minHeight={100}
      testId="panel-recalls-to-decide"
    >
      <DataTable
        caption={t('sup.queueTitle', { year })}
        rows={rows}
        rowKey={(r) => r.id}
        status={rows.length ? 'ready' : 'empty'}
        emptyText={t('sup.queueEmpty')}
        testId="recalls-to-decide"
        columns={[
          unitColumn(t('work.unit'), '120px', (r: Row) => r.project?.unit),
          {
            key: 'project',
            header: t('work.project'),
            cell: (r: Row) =>
              r.project ? (
                <Link to={projectPath(r.project.id)} title={r.project.name}>
                  {r.project.code} {r.project.name}
                </Link>
              ) : (
                '—'
              ),
          },
          {
            key: 'reason',
            header: t('sup.reasonLabel'),
            width: '120px',
            cell: (r: Row) => t(`detail.sup.reason.${r.reason}` as MessageKey),
          },
          { key: 'on', header: t('sup.proposedOn'), width: '100px', cell: (r: Row) => r.proposedOn },
          moneyColumn('amount', t('detail.sup.proposed'), (r: Row) => r.proposedAmount),
          {
            key: 'actions',
            header: t('work.actions'),
            width: '80px',
            cell: (r: Row) => (
              <RowButton
                primary
                expanded={open === r.id}
                onClick={() => setOpen(open === r.id ? null : r.id)}
                testId={`recall-decide-${r.project?.code ?? r.id}`}
              >
                {t('sup.decide')}
              </RowButton>
            ),
          },
        ]}
      />
      {deciding && (
        <DecideRecallForm
          key={deciding.id}
          recall={deciding}
          project={deciding.project ?? { code: '', name: '' }}
          onDone={() => setOpen(null)}
        />
      )}
    </Panel>
  );
}
