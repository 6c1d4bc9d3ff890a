import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { checkpointName } from '../../../app/i18n/translate';
import type { WorkFlagsQuery } from '../../../generated/graphql';

export type WorkFlag = WorkFlagsQuery['flags']['edges'][number]['node'];

export function FlagHeader({ flag }: { flag: WorkFlag }) {
  const { t } = useI18n();
  return (
    <header className="flag-card__header">
      <span className={`badge badge--flag-${flag.level.toLowerCase()}`}>{t(`flags.level.${flag.level}`)}</span>
      <strong title={flag.project?.name}>
        {flag.project?.code} {flag.project?.name}
      </strong>
      <span className="muted">{flag.project?.unit?.name}</span>
      {flag.raisedAt && (
        <span className="muted">
          {t('flagwork.raisedAt', { checkpoint: `${flag.raisedAt.year} ${checkpointName(t, flag.raisedAt.month)}` })}
        </span>
      )}
      <span className={flag.daysOverdue > 0 ? 'todo__late' : 'muted'}>
        {t('flagwork.deadline', { date: flag.deadline })}
        {flag.daysOverdue > 0 ? ` · ${t('flagwork.overdue', { days: flag.daysOverdue })}` : ''}
      </span>
    </header>
  );
}

export function FlagHistory({ flag }: { flag: WorkFlag }) {
  const { t } = useI18n();
  if (!flag.events.length) return null;
  return (
    <details className="flag-card__history">
      <summary>{t('flagwork.history')}</summary>
      <ol>
        {flag.events.map((e, i) => (
          <li key={i}>
            <time dateTime={e.occurredOn}>{e.occurredOn}</time> {t(`flagwork.event.${e.kind}` as MessageKey)}{' '}
            {e.note && <span className="muted">{e.note}</span>}
          </li>
        ))}
      </ol>
    </details>
  );
}
