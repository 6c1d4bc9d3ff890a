import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type { SelfEvaluationProjectsQuery, WorkSelfEvaluationFieldsFragment } from '../../../generated/graphql';
import { FailureBanner, FormActions, TextField, useWorkAction } from '../../work';
import {
  EMPTY_SELF_EVALUATION,
  selfEvaluationOf,
  selfEvaluationVariables,
  type SelfEvaluationDraft,
} from '../evaluation-form';
import { SELF_EVALUATION_RETURN, SUBMIT_SELF_EVALUATION } from '../graphql/self-evaluation.graphql';

export type EvalProject = SelfEvaluationProjectsQuery['projects']['edges'][number]['node'];

/** A unit's self-evaluation of one project: executed, the three completions and an explanation. */
export function SelfEvaluationForm({
  project,
  onDone,
  onCancel,
}: {
  project: EvalProject;
  onDone: (evaluation: WorkSelfEvaluationFieldsFragment) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<SelfEvaluationDraft>(EMPTY_SELF_EVALUATION);
  const action = useWorkAction();
  const f = action.failure;
  const set = (patch: Partial<SelfEvaluationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // A draft the family's fund-owning section returned: its reason, from the server's review history.
  const self = selfEvaluationOf(project.evaluations);
  const reviews = useQuery(SELF_EVALUATION_RETURN, {
    variables: { id: self?.id ?? '' },
    skip: !self || self.status !== 'DRAFT',
  });
  const node = reviews.data?.node;
  const latest = node && 'fundReviews' in node ? node.fundReviews[0] : undefined;
  const returned = latest && !latest.approved ? latest : undefined;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = selfEvaluationVariables(project.id, draft, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const done = await action.run(
      () => action.client.mutate({ mutation: SUBMIT_SELF_EVALUATION, variables }),
      () => t('selfeval.submitted', { project: project.name }),
    );
    if (done?.data) onDone(done.data.submitSelfEvaluation);
  };
  const completion = (key: 'outputCompletion' | 'benefitCompletion' | 'satisfactionCompletion') => (
    <TextField
      label={t(`selfeval.${key}` as MessageKey)}
      inputMode="decimal"
      autoComplete="off"
      value={draft[key]}
      onChange={(value) => set({ [key]: value })}
      testId={`self-eval-${key}`}
      scope="selfeval"
      field={key}
      failure={f}
    />
  );
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="self-eval-form" noValidate>
      <h3 className="work-form__title">
        {project.code} {project.name}
      </h3>
      {returned && (
        <p className="work-note" role="alert" data-testid="self-eval-fund-returned">
          {t('selfeval.fundReturned', {
            section: returned.sectionName,
            date: returned.reviewedOn,
            comment: returned.comment,
          })}
        </p>
      )}
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <TextField
        className="field work-field"
        label={t('selfeval.executed')}
        inputMode="decimal"
        autoComplete="off"
        value={draft.executed}
        onChange={(value) => set({ executed: value })}
        testId="self-eval-executed"
        hint={
          <>
            {t('selfeval.budget')} <Money yuan={project.budget} />
          </>
        }
        scope="selfeval"
        field="executed"
        failure={f}
      />
      <fieldset className="work-fieldset">
        <legend>{t('selfeval.completions')}</legend>
        <div className="eval-completions">
          {completion('outputCompletion')}
          {completion('benefitCompletion')}
          {completion('satisfactionCompletion')}
        </div>
      </fieldset>
      <TextField
        label={t('selfeval.explanation')}
        rows={3}
        value={draft.explanation}
        onChange={(value) => set({ explanation: value })}
        testId="self-eval-explanation"
        scope="selfeval"
        field="explanation"
        failure={f}
      />
      <FormActions
        busy={action.busy}
        submit={t('selfeval.submit')}
        submitTestId="self-eval-submit"
        onCancel={onCancel}
      />
    </form>
  );
}
