import { useMemo, useState } from 'react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { CursorPager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, useWorkAction } from '../../work';
import { PUBLISH_EVALUATIONS, PUBLISH_EVALUATIONS_PAGE } from '../graphql/publish-evaluations.graphql';
import { selectedOnPage, toggleAll, toggleOne } from '../key-evaluation-form';
import { connection, PAGE_SIZE, publishable, subject, usePublishColumns, type Row } from './publish-rows';

/** The final evaluations of the year not yet public: check several (or the whole page) and publish them. */
export function ToPublish({ year }: { year: number }) {
  const { t } = useI18n();
  const variables = useMemo(() => ({ year, published: false }), [year]);
  const pages = useCursorPages(PUBLISH_EVALUATIONS_PAGE, variables, connection, PAGE_SIZE);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const action = useWorkAction();
  const rows = pages.nodes;
  const canPublish = rows.filter(publishable);
  const chosen = selectedOnPage(selected, canPublish);
  const allChecked = canPublish.length > 0 && chosen.length === canPublish.length;
  const publish = async () => {
    const ids = chosen;
    const done = await action.run(
      () => action.client.mutate({ mutation: PUBLISH_EVALUATIONS, variables: { evaluationIds: ids } }),
      (r) => t('publish.published', { count: r.data?.publishEvaluations ?? ids.length }),
    );
    setConfirming(false);
    if (done) setSelected(new Set());
  };
  // The server names a refused one by its place in the list sent: show it by its name.
  const rowErrors = Object.entries(action.failure?.fields ?? {}).map(([field, message]) => {
    const i = Number(/^evaluationIds\[(\d+)\]$/.exec(field)?.[1]);
    const row = Number.isInteger(i) ? rows.find((r) => r.id === chosen[i]) : undefined;
    return t('publish.rowError', { name: row ? subject(row) : field, message });
  });
  const columns: Column<Row>[] = [
    {
      key: 'select',
      header: (
        <input
          type="checkbox"
          checked={allChecked}
          disabled={canPublish.length === 0}
          onChange={() => setSelected((s) => toggleAll(s, canPublish))}
          aria-label={t('publish.selectAll')}
          data-testid="publish-select-all"
        />
      ),
      width: '40px',
      align: 'center',
      cell: (e) =>
        publishable(e) ? (
          <input
            type="checkbox"
            checked={selected.has(e.id)}
            onChange={() => setSelected((s) => toggleOne(s, e.id))}
            aria-label={t('publish.selectOne', { name: subject(e) })}
            data-testid={`publish-check-${e.id}`}
          />
        ) : (
          <span className="muted" title={t('publish.classified')} aria-label={t('publish.classified')}>
            —
          </span>
        ),
    },
    ...usePublishColumns(),
  ];
  const status = pages.status === 'ready' ? (rows.length ? 'ready' : 'empty') : pages.status;
  return (
    <Panel
      title={t('publish.title', { year })}
      subtitle={t('publish.subtitle')}
      status={status}
      errorText={pages.errorText}
      onRetry={pages.retry}
      retryLabel={t('common.retry')}
      emptyText={t('publish.empty')}
      minHeight={160}
      testId="panel-publish-evaluations"
    >
      <FailureBanner failure={action.failure} onReload={() => void action.reload()}>
        {rowErrors.length > 0 && (
          <ul className="eval-caps" data-testid="publish-row-errors">
            {rowErrors.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </FailureBanner>
      {rows.length > canPublish.length && (
        <p className="work-hint" data-testid="publish-classified-hint">
          {t('publish.classifiedHint')}
        </p>
      )}
      <div className="work-form__actions work-form__actions--bar">
        <label className="field--inline">
          <input
            type="checkbox"
            checked={allChecked}
            disabled={canPublish.length === 0}
            onChange={() => setSelected((s) => toggleAll(s, canPublish))}
            data-testid="publish-select-page"
          />
          {t('publish.selectAll')}
        </label>
        <span className="muted" aria-live="polite" data-testid="publish-selected">
          {t('publish.selected', { count: chosen.length })}
        </span>
        {confirming && chosen.length > 0 ? (
          <span className="row-actions" role="group">
            <span>{t('publish.confirm', { count: chosen.length })}</span>
            <button
              type="button"
              className="button button--small button--primary"
              disabled={action.busy}
              onClick={() => void publish()}
              autoFocus
              data-testid="publish-confirm"
            >
              {action.busy ? t('work.busy') : t('publish.confirmYes')}
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
              {t('work.cancel')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button button--primary"
            disabled={chosen.length === 0}
            onClick={() => setConfirming(true)}
            data-testid="publish-submit"
          >
            {t('publish.publish')}
          </button>
        )}
      </div>
      <DataTable
        caption={t('publish.title', { year })}
        rows={rows}
        rowKey={(e) => e.id}
        status={status}
        emptyText={t('publish.empty')}
        testId="publish-list"
        columns={columns}
      />
      <CursorPager pages={pages} pageSize={PAGE_SIZE} onTurn={() => setConfirming(false)} />
    </Panel>
  );
}
