import type { ReactNode } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type { GovernmentEvaluationFieldsFragment } from '../../../generated/graphql';
import { GradeBadge } from '../../evaluation';

/** One evaluation as both sides see it: its state, the latest self-report, the score, every step, and the side's form. */
export function GovernmentEvaluationCard({
  evaluation: e,
  children,
}: {
  evaluation: GovernmentEvaluationFieldsFragment;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="work-card" data-testid={`goveval-${e.regionName}-${e.year}`} data-status={e.status}>
      <h3 className="work-card__title">
        {t('goveval.card', { region: e.regionName, year: e.year, by: e.byRegionName })}{' '}
        <span className={`badge badge--${e.status.toLowerCase()}`} data-testid={`goveval-status-${e.regionName}`}>
          {t(`goveval.status.${e.status}` as MessageKey)}
        </span>
      </h3>
      {e.returnComment && (
        <p className="work-alert" data-testid={`goveval-return-comment-${e.regionName}`}>
          {t('goveval.returnComment', { comment: e.returnComment })}
        </p>
      )}
      {e.score !== null && e.score !== undefined && (
        <p data-testid={`goveval-result-${e.regionName}`}>
          {t('goveval.result', { score: e.score.toFixed(2) })} <GradeBadge grade={e.grade} />
        </p>
      )}
      {e.selfScore !== null && e.selfScore !== undefined && (
        <p className="muted">{t('goveval.selfResult', { score: e.selfScore.toFixed(2) })}</p>
      )}
      {e.selfReport && <p style={{ whiteSpace: 'pre-wrap' }}>{e.selfReport}</p>}
      <h4>{t('goveval.history')}</h4>
      <ol className="work-history" data-testid={`goveval-history-${e.regionName}`}>
        {e.history.map((h, i) => (
          <li key={i}>
            {h.occurredAt} · {h.userName} · {t(`goveval.step.${h.kind}` as MessageKey)}
            {h.score !== null && h.score !== undefined && <> · {t('goveval.points', { score: h.score.toFixed(2) })}</>}
            {h.text && h.kind !== 'SUBMITTED' && <>：{h.text}</>}
          </li>
        ))}
      </ol>
      {children}
    </section>
  );
}
