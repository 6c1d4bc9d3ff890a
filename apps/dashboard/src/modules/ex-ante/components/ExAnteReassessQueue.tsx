import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { ExAnteConclusion } from '@jixiao/schema/enums';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FormActions, TextField, usePanelStatus, useWorkAction } from '../../work';
import { agencyVariables } from '../ex-ante-form';
import { EX_ANTE_QUEUE, SUBMIT_AGENCY_EX_ANTE } from '../graphql/ex-ante.graphql';
import { AssessmentCard } from './AssessmentCard';
import { ConclusionPicker } from './ConclusionPicker';
import { ConclusionBadge, TruncatedNote, type ExAnteProject } from './ExAnteBadges';
import { exAnteColumns, ExAnteQueueTable } from './ExAnteTable';

/** The agency's conclusion and opinion on an assessment sent to it. */
function AgencyReassessForm({ project, onDone }: { project: ExAnteProject; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [conclusion, setConclusion] = useState<ExAnteConclusion | ''>('');
  const [opinion, setOpinion] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const x = project.exAnteAssessment!;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = agencyVariables(project.id, x.version, { conclusion, opinion }, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const done = await action.run(
      () => action.client.mutate({ mutation: SUBMIT_AGENCY_EX_ANTE, variables }),
      () => t('exante.agencySubmitted', { project: project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="flag-card__form" onSubmit={(e) => void submit(e)} data-testid="exante-agency-form" noValidate>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <ConclusionPicker
        scope="exagency"
        name={`agency-conclusion-${project.id}`}
        value={conclusion}
        onChange={setConclusion}
        failure={f}
        autoFocus
      />
      <TextField
        label={
          <>
            {t('exante.agencyOpinionInput')} <span className="work-hint">{t('exante.agencyOpinionHint')}</span>
          </>
        }
        rows={3}
        value={opinion}
        onChange={setOpinion}
        testId="exante-agency-opinion-input"
        scope="exagency"
        field="opinion"
        failure={f}
      />
      <FormActions
        busy={action.busy}
        submit={t('exante.submitAgency')}
        submitTestId="exante-agency-submit"
        onCancel={onDone}
      />
    </form>
  );
}

/** AGENCY: the assessments sent to it, each read and given a conclusion and opinion; those answered beside. */
export function ExAnteReassessQueue() {
  const { t } = useI18n();
  const pending = useQuery(EX_ANTE_QUEUE, { variables: { status: 'AGENCY_REVIEW' } });
  const answered = useQuery(EX_ANTE_QUEUE, { variables: { status: 'AGENCY_REVIEWED' } });
  const [open, setOpen] = useState<string | null>(null);
  const rows = (pending.data?.projects.edges ?? []).map((e) => e.node);
  const done = (answered.data?.projects.edges ?? []).map((e) => e.node);
  const picked = rows.find((p) => p.id === open) ?? null;
  return (
    <div className="work-stack">
      <Panel
        title={t('exante.reassessTitle')}
        subtitle={t('exante.reassessSubtitle')}
        {...usePanelStatus(pending.data, pending.error)}
        minHeight={140}
        testId="panel-reassess-ex-ante"
      >
        <ExAnteQueueTable
          rows={rows}
          open={open}
          onOpen={setOpen}
          emptyText={t('exante.reassessEmpty')}
          testId="exante-reassess-queue"
          caption={t('exante.reassessTitle')}
        />
        {pending.data && <TruncatedNote shown={rows.length} total={pending.data.projects.totalCount} />}
        {picked && (
          <AssessmentCard project={picked}>
            <AgencyReassessForm key={picked.id} project={picked} onDone={() => setOpen(null)} />
          </AssessmentCard>
        )}
      </Panel>
      <Panel
        title={t('exante.answeredTitle')}
        {...usePanelStatus(answered.data, answered.error)}
        minHeight={80}
        testId="panel-ex-ante-answered"
      >
        <DataTable
          caption={t('exante.answeredTitle')}
          rows={done}
          rowKey={(p) => p.id}
          status={done.length ? 'ready' : 'empty'}
          emptyText={t('exante.answeredEmpty')}
          testId="exante-answered"
          columns={[
            ...exAnteColumns(t),
            {
              key: 'conclusion',
              header: t('exante.agencyConclusion'),
              width: '110px',
              cell: (p) => <ConclusionBadge conclusion={p.exAnteAssessment?.agencyConclusion} />,
            },
          ]}
        />
      </Panel>
    </div>
  );
}
