import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { gradeLabel } from '../../projects';
import { FailureBanner, FormActions, TextField, useWorkAction } from '../../work';
import { FINALIZE_EVALUATION } from '../graphql/key-evaluation.graphql';
import { finalizeVariables } from '../key-evaluation-form';
import { KeyEvaluationReport, projectTitle, score, type KeyEvaluation } from './KeyEvaluationReport';

/** The expert panel's score for a submitted evaluation; the rules give the grade on finalizing. */
export function FinalizeForm({
  evaluation,
  onDone,
  onCancel,
}: {
  evaluation: KeyEvaluation;
  onDone: (e: KeyEvaluation) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [expert, setExpert] = useState('');
  const [declined, setDeclined] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setDeclined((d) => {
      const next = new Set(d);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = finalizeVariables(evaluation, expert, lang, declined);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const done = await action.run(
      () => action.client.mutate({ mutation: FINALIZE_EVALUATION, variables }),
      (r) =>
        t('keyeval.finalized', {
          project: projectTitle(evaluation),
          grade: gradeLabel(r.data?.finalizeEvaluation.grade, lang),
        }),
    );
    if (done?.data) onDone(done.data.finalizeEvaluation);
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="keyeval-finalize-form" noValidate>
      <KeyEvaluationReport evaluation={evaluation} declined={declined} onToggle={toggle} />
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <TextField
        className="field work-field"
        label={t('keyeval.expertScore')}
        inputMode="decimal"
        autoComplete="off"
        value={expert}
        onChange={(value) => setExpert(value)}
        placeholder={score(evaluation.score)}
        autoFocus
        testId="keyeval-expert-score"
        hint={<>{t('keyeval.expertHint')}</>}
        scope="keyeval"
        field="expertScore"
        failure={f}
      />
      <FormActions
        busy={action.busy}
        submit={t('keyeval.finalize')}
        submitTestId="keyeval-finalize"
        onCancel={onCancel}
      />
    </form>
  );
}
