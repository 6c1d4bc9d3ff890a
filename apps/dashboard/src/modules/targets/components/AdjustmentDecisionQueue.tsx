import { useState } from 'react';
import { Panel } from '@jixiao/ui/panel';
import { Money } from '../../../app/components/Money';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { CursorPager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import type { PendingAdjustmentsQuery, WorkTargetAdjustmentFieldsFragment } from '../../../generated/graphql';
import { FailureBanner, FormActions, TextField, useWorkAction } from '../../work';
import { DECIDE_TARGET_ADJUSTMENT, PENDING_ADJUSTMENTS } from '../graphql/target-adjustment.graphql';
import { AdjustmentComparison } from './AdjustmentComparison';
import { day, useCheckpointName } from './AdjustmentPieces';

type Adjustment = WorkTargetAdjustmentFieldsFragment;
type PendingProject = PendingAdjustmentsQuery['projects']['edges'][number]['node'];

const DECIDE_PAGE_SIZE = 5;
const pendingConnection = (d: PendingAdjustmentsQuery) => d.projects;

/** One pending request as the performance section decides it: the comparison, a comment, approve or reject. */
function DecisionCard({ project, adjustment }: { project: PendingProject; adjustment: Adjustment }) {
  const { t } = useI18n();
  const name = useCheckpointName();
  const action = useWorkAction();
  const [comment, setComment] = useState('');
  const f = action.failure;
  const decide = (approve: boolean) =>
    void action.run(
      () =>
        action.client.mutate({
          mutation: DECIDE_TARGET_ADJUSTMENT,
          variables: { id: adjustment.id, approve, comment: comment.trim(), version: adjustment.version },
        }),
      () => t(approve ? 'tadjust.approved' : 'tadjust.rejected', { project: project.name }),
    );
  return (
    <form
      className="work-form work-fieldset"
      onSubmit={(e) => {
        e.preventDefault();
        decide(true);
      }}
      data-testid={`adjust-decide-${project.code}`}
      noValidate
    >
      <h3 className="work-form__title">
        {project.code} {project.name} <span className="muted">· {project.unit?.name ?? '—'} · </span>
        <Money yuan={project.budget} />
      </h3>
      <p style={{ margin: 0, fontSize: 13 }}>
        {t('tadjust.atCheckpoint')}：{name(adjustment.checkpoint)} · {t('tadjust.requestedAt')}{' '}
        {day(adjustment.requestedAt)}
      </p>
      <p style={{ margin: 0, fontSize: 13 }} data-testid={`adjust-reason-${project.code}`}>
        {t('tadjust.reasonLabel')}：{adjustment.reason}
      </p>
      <AdjustmentComparison adjustment={adjustment} testId={`adjust-compare-${project.code}`} />
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <TextField
        label={t('tadjust.decisionComment')}
        rows={2}
        value={comment}
        onChange={setComment}
        testId={`adjust-comment-${project.code}`}
        scope={`adjust-${project.code}`}
        field="comment"
        failure={f}
      />
      <FormActions
        busy={action.busy}
        submit={t('tadjust.approve')}
        submitTestId={`adjust-approve-${project.code}`}
        keepLabel
      >
        <button
          type="button"
          className="button button--danger"
          disabled={action.busy}
          onClick={() => decide(false)}
          data-testid={`adjust-reject-${project.code}`}
        >
          {t('tadjust.reject')}
        </button>
      </FormActions>
    </form>
  );
}

/** The performance section's queue of pending adjustments, a page of projects at a time. */
export function AdjustmentDecisionQueue() {
  const { t } = useI18n();
  const pages = useCursorPages(PENDING_ADJUSTMENTS, {}, pendingConnection, DECIDE_PAGE_SIZE);
  const cards = pages.nodes.flatMap((p) =>
    p.targetAdjustments.filter((a) => a.status === 'PENDING').map((a) => ({ project: p, adjustment: a })),
  );
  return (
    <Panel
      title={t('tadjust.decideTitle')}
      subtitle={t('tadjust.decideSubtitle')}
      status={pages.status === 'ready' ? (cards.length ? 'ready' : 'empty') : pages.status}
      errorText={pages.errorText}
      onRetry={pages.retry}
      emptyText={t('tadjust.decideEmpty')}
      minHeight={140}
      testId="panel-adjustments"
    >
      <div className="work-stack" data-testid="adjust-decide-queue">
        {cards.map(({ project, adjustment }) => (
          <DecisionCard key={adjustment.id} project={project} adjustment={adjustment} />
        ))}
      </div>
      <CursorPager pages={pages} pageSize={DECIDE_PAGE_SIZE} />
    </Panel>
  );
}
