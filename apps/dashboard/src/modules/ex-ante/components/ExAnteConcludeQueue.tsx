import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { usePanelStatus } from '../../work';
import { canSendToAgency } from '../ex-ante-form';
import { EX_ANTE_CONCLUDE_QUEUE } from '../graphql/ex-ante.graphql';
import { AssessmentCard } from './AssessmentCard';
import { ConcludeForm, SendToAgencyForm } from './ConcludeForms';
import { StageBadge, TruncatedNote } from './ExAnteBadges';
import { exAnteColumns, ExAnteQueueTable } from './ExAnteTable';

/**
 * PERFORMANCE: first-reviewed and re-assessed assessments to score and conclude (large ones may go to an
 * agency first), and those waiting at an agency.
 */
export function ExAnteConcludeQueue() {
  const { t } = useI18n();
  const { data, error } = useQuery(EX_ANTE_CONCLUDE_QUEUE);
  const [open, setOpen] = useState<string | null>(null);
  const rows = [...(data?.reassessed.edges ?? []), ...(data?.firstReviewed.edges ?? [])].map((e) => e.node);
  const waiting = (data?.atAgency.edges ?? []).map((e) => e.node);
  const picked = rows.find((p) => p.id === open) ?? null;
  const x = picked?.exAnteAssessment;
  const panel = usePanelStatus(data, error);
  return (
    <div className="work-stack">
      <Panel
        title={t('exante.concludeTitle')}
        subtitle={t('exante.concludeSubtitle')}
        {...panel}
        minHeight={140}
        testId="panel-conclude-ex-ante"
      >
        <ExAnteQueueTable
          rows={rows}
          open={open}
          onOpen={setOpen}
          emptyText={t('exante.concludeEmpty')}
          testId="exante-conclude-queue"
          caption={t('exante.concludeTitle')}
          extra={{
            key: 'status',
            header: t('exante.status'),
            width: '170px',
            cell: (p) => <StageBadge assessment={p.exAnteAssessment} code={p.code} />,
          }}
        />
        {data && (
          <TruncatedNote shown={rows.length} total={data.firstReviewed.totalCount + data.reassessed.totalCount} />
        )}
        {picked && x && (
          <AssessmentCard project={picked}>
            {canSendToAgency(x) && (
              <SendToAgencyForm key={`send-${picked.id}`} project={picked} agencies={data?.agencies ?? []} />
            )}
            <ConcludeForm
              key={picked.id}
              project={picked}
              onDone={() => setOpen(null)}
              autoFocus={!canSendToAgency(x)}
            />
          </AssessmentCard>
        )}
      </Panel>
      <Panel title={t('exante.atAgencyTitle')} {...panel} minHeight={80} testId="panel-ex-ante-at-agency">
        <DataTable
          caption={t('exante.atAgencyTitle')}
          rows={waiting}
          rowKey={(p) => p.id}
          status={waiting.length ? 'ready' : 'empty'}
          emptyText={t('exante.atAgencyEmpty')}
          testId="exante-at-agency"
          columns={[
            ...exAnteColumns(t),
            {
              key: 'agency',
              header: t('exante.agency'),
              width: '200px',
              cell: (p) => (
                <span title={p.exAnteAssessment?.agency?.name}>{p.exAnteAssessment?.agency?.name ?? '—'}</span>
              ),
            },
            {
              key: 'sent',
              header: t('exante.sentOnHeader'),
              width: '96px',
              cell: (p) => p.exAnteAssessment?.agencySentOn ?? '—',
            },
          ]}
        />
      </Panel>
    </div>
  );
}
