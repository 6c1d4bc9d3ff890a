import { Panel } from '@jixiao/ui/panel';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import { raisedText } from '../../flags';
import type { ProjectDetail } from '../project-detail';
import { FlagBadge } from './project-table-columns';

/** Every flag the project had, with its events, plan and proposed reduction. */
export function ProjectFlagHistory({ project }: { project: ProjectDetail }) {
  const { t } = useI18n();
  return (
    <Panel
      title={t('detail.flags.title')}
      subtitle={t('detail.flags.subtitle', { count: project.flags.length })}
      status={project.flags.length ? 'ready' : 'empty'}
      emptyText={t('detail.flags.empty')}
      minHeight={120}
      testId="panel-flag-history"
    >
      <ul className="flag-history">
        {project.flags.map((f) => (
          <li
            key={f.id}
            className={`flag-history__item${f.status === 'OPEN' && f.daysOverdue > 0 ? ' flag-history__item--overdue' : ''}`}
          >
            <div className="flag-history__head">
              <FlagBadge level={f.level} />
              <span>{raisedText(f, t)}</span>
              <span>{t('detail.flags.deadline', { date: f.deadline })}</span>
              {f.status === 'OPEN' ? (
                f.daysOverdue > 0 ? (
                  <strong className="overdue">{t('detail.flags.overdue', { days: f.daysOverdue })}</strong>
                ) : (
                  <span>{t('flags.status.OPEN')}</span>
                )
              ) : (
                <span className="good">{t('flags.closedOn', { date: f.closedOn ?? '' })}</span>
              )}
            </div>
            <ol className="timeline">
              {f.events.map((ev, i) => (
                <li key={i}>
                  <time dateTime={ev.occurredOn}>{ev.occurredOn}</time>
                  <span className="timeline__kind">{t(`detail.event.${ev.kind}` as 'detail.event.RAISED')}</span>
                  <span className="muted">{ev.note}</span>
                </li>
              ))}
            </ol>
            {(f.rectificationPlan || f.proposedReduction) && (
              <p className="flag-history__plan">
                {f.rectificationPlan && <span>{t('detail.flags.plan', { plan: f.rectificationPlan })}</span>}
                {f.proposedReduction && (
                  <span>
                    {t('detail.flags.reduction')}
                    <Money yuan={f.proposedReduction} />
                  </span>
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
