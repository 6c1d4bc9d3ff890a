import { useState } from 'react';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import type {
  DepartmentEvaluationProjectsQuery,
  RecordDepartmentEvaluationMutation,
  WorkDepartmentEvaluationFieldsFragment,
} from '../../../generated/graphql';
import { FailureBanner, FormActions, TextField, useWorkAction } from '../../work';
import { departmentScoreVariables, type DepartmentScoreDraft } from '../department-form';
import { RECORD_DEPARTMENT_EVALUATION } from '../graphql/department-evaluation.graphql';
import { GradeCaps, GradeWithUncapped } from './GradePieces';

export type DeptProject = DepartmentEvaluationProjectsQuery['projects']['edges'][number]['node'];
export type Recorded = RecordDepartmentEvaluationMutation['recordDepartmentEvaluation'];

/** The score the unit gives a picked project, with an explanation. */
export function DepartmentScoreForm({
  project,
  evaluation,
  onDone,
  onCancel,
}: {
  project: DeptProject;
  evaluation: WorkDepartmentEvaluationFieldsFragment;
  onDone: (r: Recorded) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<DepartmentScoreDraft>({ score: '', explanation: '' });
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = departmentScoreVariables(evaluation, draft, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const done = await action.run(
      () => action.client.mutate({ mutation: RECORD_DEPARTMENT_EVALUATION, variables }),
      () => t('dept.recorded', { project: project.name }),
    );
    if (done?.data) onDone(done.data.recordDepartmentEvaluation);
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="dept-score-form" noValidate>
      <h3 className="work-form__title">{t('dept.recordFor', { project: `${project.code} ${project.name}` })}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <TextField
        className="field work-field"
        label={t('dept.score')}
        inputMode="decimal"
        autoComplete="off"
        autoFocus
        value={draft.score}
        onChange={(value) => setDraft((d) => ({ ...d, score: value }))}
        testId="dept-score"
        hint={
          <>
            {t('work.budget')} <Money yuan={project.budget} />
          </>
        }
        scope="dept"
        field="score"
        failure={f}
      />
      <TextField
        label={t('dept.explanation')}
        rows={3}
        value={draft.explanation}
        onChange={(value) => setDraft((d) => ({ ...d, explanation: value }))}
        testId="dept-explanation"
        scope="dept"
        field="explanation"
        failure={f}
      />
      <FormActions
        busy={action.busy}
        submit={t('dept.recordSubmit')}
        submitTestId="dept-score-submit"
        onCancel={onCancel}
      />
    </form>
  );
}

/** The score and grade the rules gave a department evaluation, with the caps that hold. */
export function DepartmentScoreResult({ result, project }: { result: Recorded; project: string }) {
  const { t } = useI18n();
  return (
    <section className="eval-result" data-testid="dept-result" aria-live="polite">
      <h3 className="work-form__title">{t('dept.resultTitle', { project })}</h3>
      <dl className="flag-card__facts">
        <dt>{t('work.score')}</dt>
        <dd data-testid="dept-result-score">
          {result.score === null || result.score === undefined ? '—' : result.score.toFixed(2)}
        </dd>
        <dt>{t('dept.grade')}</dt>
        <dd>
          <GradeWithUncapped
            grade={result.grade}
            uncappedGrade={result.uncappedGrade}
            cappedBecause={result.cappedBecause}
            byScore={t('dept.byScore')}
            testId="dept-result-grade"
          />
        </dd>
        <dt>{t('dept.caps')}</dt>
        <dd>
          <GradeCaps caps={result.caps} />
        </dd>
        {result.explanation && (
          <>
            <dt>{t('dept.explanation')}</dt>
            <dd data-testid="dept-result-explanation">{result.explanation}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
