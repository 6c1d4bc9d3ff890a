import { useI18n } from '../../../app/i18n/i18n';
import { AdjustmentComparison } from './AdjustmentComparison';
import type { AdjustableProject } from './AdjustmentForm';
import { AdjustmentBadge, day, useCheckpointName } from './AdjustmentPieces';

/** A project's requests, newest first: status, checkpoint, reason, decision, and what each changed. */
export function AdjustmentHistory({ project }: { project: AdjustableProject }) {
  const { t } = useI18n();
  const name = useCheckpointName();
  return (
    <section
      className="work-form"
      data-testid={`adjust-history-${project.code}`}
      aria-label={t('tadjust.historyTitle', { project: project.name })}
    >
      <h3 className="work-form__title">{t('tadjust.historyTitle', { project: `${project.code} ${project.name}` })}</h3>
      {project.targetAdjustments.length === 0 && <p className="muted">{t('tadjust.noHistory')}</p>}
      {project.targetAdjustments.map((a, n) => (
        <div className="work-fieldset" key={a.id} data-testid={`adjust-history-item-${n}`}>
          <p style={{ margin: '0 0 6px', fontSize: 13 }}>
            <AdjustmentBadge status={a.status} testId={`adjust-history-status-${n}`} /> {t('tadjust.requestedAt')}{' '}
            {day(a.requestedAt)} · {name(a.checkpoint)}
            {a.decidedOn && ` · ${t('tadjust.decidedOn')} ${day(a.decidedOn)}`}
          </p>
          <p style={{ margin: '0 0 6px', fontSize: 13 }}>
            {t('tadjust.reasonLabel')}：{a.reason}
          </p>
          {a.decisionComment && (
            <p className="work-note" style={{ marginBottom: 6 }} data-testid={`adjust-history-comment-${n}`}>
              {t('tadjust.decision')}：{a.decisionComment}
            </p>
          )}
          <AdjustmentComparison adjustment={a} testId={`adjust-history-compare-${n}`} />
        </div>
      ))}
    </section>
  );
}
