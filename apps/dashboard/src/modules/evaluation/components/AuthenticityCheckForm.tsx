import { useState } from 'react';
import { GRADE_LABELS } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FormActions, TextField, useWorkAction } from '../../work';
import { RECORD_AUTHENTICITY_RESULT } from '../graphql/authenticity.graphql';
import { projectLabel, type Check, type Checked } from './AuthenticityPieces';
import { GradeBadge, GradeWithUncapped } from './GradePieces';

/** The result of one check: passed, or failed with the findings (a veto). */
export function AuthenticityCheckForm({
  check,
  onDone,
  onCancel,
}: {
  check: Check;
  onDone: (evaluation: Checked, passed: boolean) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const project = projectLabel(check);
  const record = async (passed: boolean) => {
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: RECORD_AUTHENTICITY_RESULT,
          variables: { id: check.id, passed, note: note.trim(), version: check.version },
        }),
      (r) => {
        const grade = r.data?.recordAuthenticityResult.grade;
        const label = grade
          ? ((GRADE_LABELS as Record<string, { zh: string; en: string } | undefined>)[grade]?.[lang] ?? grade)
          : '—';
        return passed ? t('auth.passed', { project }) : t('auth.failed', { project, grade: label });
      },
    );
    if (done?.data) onDone(done.data.recordAuthenticityResult, passed);
  };
  return (
    <form className="work-form" onSubmit={(e) => e.preventDefault()} data-testid="auth-check-form" noValidate>
      <h3 className="work-form__title">{t('auth.recordFor', { project })}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <p className="work-hint">
        {t('auth.score')} {check.evaluation?.score?.toFixed(2) ?? '—'} · {t('auth.grade')}{' '}
        <GradeBadge grade={check.evaluation?.grade} />
      </p>
      <TextField
        label={t('auth.noteLabel')}
        rows={3}
        value={note}
        autoFocus
        onChange={(value) => setNote(value)}
        testId="auth-note"
        scope="auth"
        field="note"
        failure={f}
      />
      <FormActions busy={action.busy} onCancel={onCancel}>
        <button
          type="button"
          className="button button--primary"
          disabled={action.busy}
          onClick={() => void record(true)}
          data-testid="auth-pass"
        >
          {t('auth.pass')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={action.busy}
          onClick={() => void record(false)}
          data-testid="auth-fail"
        >
          {t('auth.fail')}
        </button>
      </FormActions>
    </form>
  );
}

/** The veto the server gave: the grade after the failed check, and the grade by score. */
export function VetoResult({ evaluation }: { evaluation: Checked }) {
  const { t } = useI18n();
  const p = evaluation.project;
  return (
    <section className="eval-result" data-testid="auth-veto-result" aria-live="polite">
      <h3 className="work-form__title">{t('auth.resultTitle', { project: p ? `${p.code} ${p.name}` : '' })}</h3>
      <dl className="flag-card__facts">
        <dt>{t('auth.score')}</dt>
        <dd>{evaluation.score?.toFixed(2) ?? '—'}</dd>
        <dt>{t('auth.resultGrade')}</dt>
        <dd>
          <GradeWithUncapped
            grade={evaluation.grade}
            uncappedGrade={evaluation.uncappedGrade}
            cappedBecause={evaluation.cappedBecause}
            byScore={t('dept.byScore')}
            testId="auth-veto-grade"
          />
        </dd>
      </dl>
    </section>
  );
}
