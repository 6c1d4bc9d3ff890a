import { formatDecimal } from '@jixiao/ui/format';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type { KeyEvaluationCandidatesQuery, WorkKeyEvaluationFieldsFragment } from '../../../generated/graphql';
import { finalScore } from '../key-evaluation-form';
import { GradeCaps, GradeWithUncapped } from './GradePieces';

export type KeyEvaluation = WorkKeyEvaluationFieldsFragment;
export type Candidate = KeyEvaluationCandidatesQuery['projects']['edges'][number]['node'];

export const score = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatDecimal(v, 2));
export const projectTitle = (e: KeyEvaluation) =>
  e.project ? `${e.project.code} ${e.project.name}` : (e.unit?.name ?? '');
export const codeOf = (e: KeyEvaluation) => e.project?.code ?? e.id;

/** The state of a key evaluation, in the words of the one who looks: the performance section or the agency. */
export function KeyStatusBadge({ evaluation, agency = false }: { evaluation: KeyEvaluation; agency?: boolean }) {
  const { t } = useI18n();
  const tone = evaluation.status === 'FINAL' ? 'confirmed' : evaluation.status === 'SUBMITTED' ? 'submitted' : 'draft';
  return (
    <span
      className={`badge badge--state-${tone}`}
      data-testid={`keyeval-status-${codeOf(evaluation)}`}
      data-status={evaluation.status}
    >
      {t(`${agency ? 'agencyeval' : 'keyeval'}.status.${evaluation.status}` as MessageKey)}
    </span>
  );
}

/** What the agency reported: its score, the report, the findings; and the final result once there is one. */
export function KeyEvaluationReport({
  evaluation,
  declined,
  onToggle,
}: {
  evaluation: KeyEvaluation;
  declined?: ReadonlySet<string>;
  onToggle?: (findingId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <section
      className="eval-result"
      data-testid="keyeval-report"
      aria-label={t('keyeval.reportTitle', { project: projectTitle(evaluation) })}
    >
      <h3 className="work-form__title">{t('keyeval.reportTitle', { project: projectTitle(evaluation) })}</h3>
      <dl className="flag-card__facts">
        <dt>{t('keyeval.col.agency')}</dt>
        <dd>{evaluation.agency?.name ?? '—'}</dd>
        <dt>{t('keyeval.col.score')}</dt>
        <dd data-testid="keyeval-agency-score">{score(evaluation.score)}</dd>
        <dt>{t('keyeval.reportName')}</dt>
        <dd data-testid="keyeval-report-name">{evaluation.reportName ?? '—'}</dd>
        <dt>{t('keyeval.evaluatedOn')}</dt>
        <dd>{evaluation.evaluatedOn ?? '—'}</dd>
        {evaluation.status === 'FINAL' && (
          <>
            <dt>{t('keyeval.col.expertScore')}</dt>
            <dd>{score(evaluation.expertScore)}</dd>
            <dt>{t('keyeval.finalScore')}</dt>
            <dd data-testid="keyeval-final-score">{score(finalScore(evaluation))}</dd>
            <dt>{t('keyeval.col.grade')}</dt>
            <dd>
              <GradeWithUncapped
                grade={evaluation.grade}
                uncappedGrade={evaluation.uncappedGrade}
                cappedBecause={evaluation.cappedBecause}
                byScore={t('keyeval.uncapped')}
                testId="keyeval-grade"
              />
              {evaluation.publishedOn && (
                <span className="muted"> · {t('keyeval.publishedOn', { date: evaluation.publishedOn })}</span>
              )}
            </dd>
            <dt>{t('keyeval.caps')}</dt>
            <dd data-testid="keyeval-caps">
              <GradeCaps caps={evaluation.caps} />
            </dd>
          </>
        )}
      </dl>
      <h4 className="work-subheading">{t('keyeval.findings', { count: evaluation.findings.length })}</h4>
      {evaluation.findings.length === 0 ? (
        <p className="muted">{t('keyeval.noFindings')}</p>
      ) : (
        <ol className="keyeval-findings" data-testid="keyeval-findings">
          {evaluation.findings.map((f) => (
            <li key={f.id} data-upheld={f.upheld}>
              <span className="badge badge--state-none">{f.category}</span> {f.text}
              {evaluation.status === 'FINAL' && !f.upheld && (
                <span className="badge badge--grade-poor"> {t('keyeval.notUpheld')}</span>
              )}
              {f.suggestion && <div className="muted">{t('keyeval.suggestion', { text: f.suggestion })}</div>}
              {onToggle && (
                <label className="keyeval-uphold">
                  <input
                    type="checkbox"
                    checked={declined?.has(f.id) ?? false}
                    onChange={() => onToggle(f.id)}
                    data-testid={`keyeval-decline-${f.id}`}
                  />
                  <span>{t('keyeval.decline')}</span>
                </label>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
