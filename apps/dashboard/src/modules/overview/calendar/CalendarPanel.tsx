import { useMemo } from 'react';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { useDeadlines } from '../hooks/useOverviewQueries';
import { yearCalendar } from './calendar';

/** Every deadline of the year as the server lists it, in date order, the next one marked. */
export function CalendarPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const { state, retry } = useDeadlines(year);
  const items = useMemo(() => (state.status === 'ready' ? yearCalendar(state.data) : []), [state]);
  const upcoming = items.some((i) => i.status !== 'past');
  return (
    <Panel
      testId="panel-calendar"
      title={t('calendar.title')}
      subtitle={upcoming ? t('calendar.subtitleComing', { year }) : t('calendar.subtitlePast', { year })}
      status={state.status === 'ready' ? (items.length ? 'ready' : 'empty') : state.status}
      errorText={state.status === 'error' ? t('common.loadFailed', { reason: state.message }) : undefined}
      onRetry={retry}
      retryLabel={t('common.retry')}
      minHeight={200}
    >
      <ol className="calendar">
        {items.map((item) => (
          <li
            key={`${item.dueOn}-${item.kind}-${item.titleEn}`}
            className={`calendar__item calendar__item--${item.status}`}
          >
            <time dateTime={item.dueOn} className="calendar__date">
              {item.dueOn}
            </time>
            <span className="calendar__what">{lang === 'zh' ? item.titleZh : item.titleEn}</span>
            <span className="calendar__when">
              {item.status === 'past'
                ? t('calendar.past')
                : item.daysLeft === 0
                  ? t('calendar.today')
                  : t('calendar.daysLeft', { days: item.daysLeft })}
            </span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
