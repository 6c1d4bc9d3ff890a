import { useI18n } from '../../../app/i18n/i18n';
import type { WorkSelfEvaluationFieldsFragment } from '../../../generated/graphql';
import { GradeCaps, GradeWithUncapped } from './GradePieces';

/** The score, grade and caps the rules gave a self-evaluation. */
export function SelfEvaluationResult({
  evaluation,
  project,
}: {
  evaluation: WorkSelfEvaluationFieldsFragment;
  project: string;
}) {
  const { t } = useI18n();
  // Sent back by the family's fund-owning section (审核上报 refused), rather than for the transfer-payment rule.
  const returned = evaluation.status === 'DRAFT' ? evaluation.fundReviews.find((r) => !r.approved) : undefined;
  const fundReturn = returned && evaluation.fundReviews[0] === returned ? returned : undefined;
  return (
    <section className="eval-result" data-testid="self-eval-result" aria-live="polite">
      <h3 className="work-form__title">{t('selfeval.resultTitle', { project })}</h3>
      {evaluation.rectificationRequired && (
        <p className="work-note" role="alert" data-testid="self-eval-rectify">
          {fundReturn
            ? t('selfeval.fundReturned', {
                section: fundReturn.sectionName,
                date: fundReturn.reviewedOn,
                comment: fundReturn.comment,
              })
            : t('selfeval.rectify')}
        </p>
      )}
      <dl className="flag-card__facts">
        <dt>{t('work.score')}</dt>
        <dd data-testid="self-eval-score">
          {evaluation.score === null || evaluation.score === undefined ? '—' : evaluation.score.toFixed(2)}
        </dd>
        <dt>{t('work.grade')}</dt>
        <dd>
          <GradeWithUncapped
            grade={evaluation.grade}
            uncappedGrade={evaluation.uncappedGrade}
            cappedBecause={evaluation.cappedBecause}
            byScore={t('selfeval.uncapped')}
            testId="self-eval-grade"
          />
        </dd>
        <dt>{t('selfeval.caps')}</dt>
        <dd data-testid="self-eval-caps">
          <GradeCaps caps={evaluation.caps} testIdPrefix="self-eval-cap" />
        </dd>
      </dl>
    </section>
  );
}
