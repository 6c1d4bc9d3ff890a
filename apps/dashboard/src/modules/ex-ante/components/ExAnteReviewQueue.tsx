import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FormActions, TextField, usePanelStatus, useWorkAction } from '../../work';
import { EX_ANTE_QUEUE, REVIEW_EX_ANTE } from '../graphql/ex-ante.graphql';
import { AssessmentCard } from './AssessmentCard';
import { TruncatedNote, type ExAnteProject } from './ExAnteBadges';
import { ExAnteQueueTable } from './ExAnteTable';

/** The business section's first opinion on one assessment. */
function FirstOpinionForm({ project, onDone }: { project: ExAnteProject; onDone: () => void }) {
  const { t } = useI18n();
  const [opinion, setOpinion] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const x = project.exAnteAssessment!;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: REVIEW_EX_ANTE,
          variables: { projectId: project.id, opinion: opinion.trim(), version: x.version },
        }),
      () => t('exante.reviewed', { project: project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="flag-card__form" onSubmit={(e) => void submit(e)} data-testid="exante-opinion-form" noValidate>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <TextField
        label={
          <>
            {t('exante.opinion')} <span className="work-hint">{t('exante.opinionHint')}</span>
          </>
        }
        rows={3}
        value={opinion}
        onChange={setOpinion}
        autoFocus
        testId="exante-opinion"
        scope="exopinion"
        field="opinion"
        failure={f}
      />
      <FormActions
        busy={action.busy}
        submit={t('exante.giveOpinion')}
        submitTestId="exante-opinion-submit"
        onCancel={onDone}
      />
    </form>
  );
}

/** BUSINESS_SECTION: the submitted assessments of its units, each read and given a first opinion. */
export function ExAnteReviewQueue({ classified }: { classified?: boolean } = {}) {
  const { t } = useI18n();
  const { data, error } = useQuery(EX_ANTE_QUEUE, {
    variables: { status: 'SUBMITTED', classified: classified ?? null },
  });
  const [open, setOpen] = useState<string | null>(null);
  const rows = (data?.projects.edges ?? []).map((e) => e.node);
  const picked = rows.find((p) => p.id === open) ?? null;
  return (
    <Panel
      title={t('exante.reviewTitle')}
      subtitle={t('exante.reviewSubtitle')}
      {...usePanelStatus(data, error)}
      minHeight={140}
      testId="panel-review-ex-ante"
    >
      <ExAnteQueueTable
        rows={rows}
        open={open}
        onOpen={setOpen}
        emptyText={t('exante.reviewEmpty')}
        testId="exante-review-queue"
        caption={t('exante.reviewTitle')}
      />
      {data && <TruncatedNote shown={rows.length} total={data.projects.totalCount} />}
      {picked && (
        <AssessmentCard project={picked}>
          <FirstOpinionForm key={picked.id} project={picked} onDone={() => setOpen(null)} />
        </AssessmentCard>
      )}
    </Panel>
  );
}
