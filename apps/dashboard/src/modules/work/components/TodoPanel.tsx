import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useI18n } from '../../../app/i18n/i18n';
import { Link } from '../../../app/router/router';
import { WORK_TODOS } from '../graphql/todos.graphql';
import { useYears } from '../../../app/analytics/years';
import { pendingTodos, todoLink, upcomingDeadlines } from '../todo-links';

/** 待办: the viewer's to-dos, each linking to where it is done, and the coming deadlines. */
export function TodoPanel({ year: asked }: { year?: number }) {
  const { t, lang } = useI18n();
  const { workYear } = useYears();
  const year = asked ?? workYear;
  const { data, loading, error, refetch } = useQuery(WORK_TODOS, { variables: { year } });
  const todos = pendingTodos(data?.todos ?? []);
  const deadlines = upcomingDeadlines(data?.deadlines ?? []);
  const status = data
    ? todos.length || deadlines.length
      ? 'ready'
      : 'empty'
    : loading
      ? 'loading'
      : error
        ? 'error'
        : 'loading';
  return (
    <Panel
      title={t('todo.title')}
      subtitle={t('todo.subtitle')}
      status={status}
      errorText={error ? t('common.loadFailed', { reason: errorMessage(error, t, lang) }) : undefined}
      onRetry={() => void refetch().catch(() => undefined)}
      retryLabel={t('common.retry')}
      emptyText={t('todo.empty')}
      minHeight={80}
      collapseWhenEmpty
      testId="panel-todos"
      className="todo-panel"
    >
      <div className="todo">
        <ul className="todo__list" data-testid="todo-list">
          {todos.length === 0 && <li className="muted">{t('todo.empty')}</li>}
          {todos.map((item) => {
            const to = todoLink(item.kind, data?.me?.role);
            const title = lang === 'zh' ? item.titleZh : item.titleEn;
            const body = (
              <>
                <span className="todo__title">{title}</span>
                <span className="todo__count">{t('todo.count', { count: item.count })}</span>
                {item.overdue > 0 && (
                  <span className="badge badge--flag-red">{t('todo.overdue', { count: item.overdue })}</span>
                )}
              </>
            );
            return (
              <li key={item.kind} data-testid={`todo-${item.kind}`} data-count={item.count}>
                {to ? (
                  <Link to={to} className="todo__item todo__item--link">
                    {body}
                  </Link>
                ) : (
                  <span className="todo__item" title={t('todo.noLink')}>
                    {body}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {deadlines.length > 0 && (
          <div className="todo__deadlines">
            <h3>{t('todo.deadlines')}</h3>
            <ul>
              {deadlines.map((d) => (
                <li key={`${d.dueOn}-${d.titleEn}`}>
                  <time dateTime={d.dueOn}>{d.dueOn}</time> <span>{lang === 'zh' ? d.titleZh : d.titleEn}</span>{' '}
                  <span className={d.daysLeft < 0 ? 'todo__late' : 'muted'}>
                    {d.daysLeft < 0
                      ? t('todo.daysPast', { days: -d.daysLeft })
                      : t('todo.daysLeft', { days: d.daysLeft })}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </Panel>
  );
}
