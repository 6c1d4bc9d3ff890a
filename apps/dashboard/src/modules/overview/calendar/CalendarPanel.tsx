import { useMemo } from 'react';
import { Panel } from '@jixiao/ui/panel';
import { formatDate } from '@jixiao/ui/format';
import { useI18n } from '../../../app/i18n/i18n';
import { checkpointName } from '../../../app/i18n/translate';
import type { MessageKey } from '../../../app/i18n/messages';
import { useCheckpointDates } from '../hooks/useOverviewQueries';
import { comingFirst, yearCalendar, type DatedItem } from './calendar';

const EVENT_KEYS: Record<DatedItem['event'], MessageKey> = {
  selfEvaluation: 'calendar.selfEvaluation',
  departmentEvaluation: 'calendar.departmentEvaluation',
  checkpoint: 'calendar.checkpoint',
  reportsDue: 'calendar.reportsDue',
  authenticity: 'calendar.authenticity',
  unitWideMonitoring: 'calendar.unitWideMonitoring',
  keyEvaluation: 'calendar.keyEvaluation',
  summaries: 'calendar.summaries',
  debtSummaries: 'calendar.debtSummaries',
  quarterlyReport: 'calendar.quarterlyReport',
};

/** Deadlines of the year's calendar, the coming ones first (today is the reader's date in China). */
export function CalendarPanel({ year, limit = 8 }: { year: number; limit?: number }) {
  const { t } = useI18n();
  const { state, retry } = useCheckpointDates(year);
  const today = formatDate(new Date());
  const items = useMemo(
    () => (state.status === 'ready' ? yearCalendar(year, state.data, today) : []),
    [state, year, today],
  );
  const shown = comingFirst(items, limit);
  const upcoming = items.some((i) => i.status !== 'past');
  return (
    <Panel
      testId="panel-calendar"
      title={t('calendar.title')}
      subtitle={upcoming ? t('calendar.subtitleComing', { year }) : t('calendar.subtitlePast', { year })}
      status={state.status === 'ready' ? 'ready' : state.status}
      errorText={state.status === 'error' ? t('common.loadFailed', { reason: state.message }) : undefined}
      onRetry={retry}
      retryLabel={t('common.retry')}
      minHeight={200}
    >
      <ol className="calendar">
        {shown.map((item) => (
          <li
            key={`${item.date}-${item.event}-${item.month ?? item.quarter ?? ''}`}
            className={`calendar__item calendar__item--${item.status}`}
          >
            <time dateTime={item.date} className="calendar__date">
              {item.date}
            </time>
            <span className="calendar__what">
              {t(EVENT_KEYS[item.event], {
                checkpoint: item.month ? checkpointName(t, item.month) : '',
                quarter: item.quarter ?? '',
              })}
            </span>
            <span className="calendar__when">
              {item.status === 'past'
                ? t('calendar.past')
                : item.daysAway === 0
                  ? t('calendar.today')
                  : t('calendar.daysLeft', { days: item.daysAway })}
            </span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
