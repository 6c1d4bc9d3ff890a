import { useState } from 'react';
import { DataTable } from '@jixiao/ui/data-table';
import { formatCount } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { CursorPager } from '../../../app/components/Pager';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { useI18n } from '../../../app/i18n/i18n';
import type { PublishQueueQuery } from '../../../generated/graphql';
import { FailureBanner, useWorkAction } from '../../work';
import { PUBLISH_QUEUE, PUBLISH_TARGETS } from '../graphql/publish-targets.graphql';
import { moneyColumn, projectColumn, unitColumn } from '../../../app/components/table-columns';

type Row = PublishQueueQuery['projects']['edges'][number]['node'];

const PAGE_SIZE = 20;
const connection = (d: PublishQueueQuery) => d.projects;

/** The latest approved adjustment of a project, when its targets wait to be published again because of it. */
function approvedAdjustment(p: Row) {
  return p.targetAdjustments.find((a) => a.status === 'APPROVED') ?? null;
}

/**
 * The performance section publishes approved targets: those not yet public (first publication, or again
 * after an approved adjustment), picked on the page; the published ones with their date.
 */
export function PublishTargetsPanel() {
  const { t } = useI18n();
  const [view, setView] = useState<'pending' | 'published'>('pending');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const query = search.trim() || null;
  const pages = useCursorPages(
    PUBLISH_QUEUE,
    { published: view === 'published', search: query },
    connection,
    PAGE_SIZE,
  );
  const action = useWorkAction();
  // The ids last sent, so the server's `projectIds[k]` errors show on their rows.
  const [sent, setSent] = useState<string[]>([]);
  const rowError = (id: string) => action.failure?.fields[`projectIds[${sent.indexOf(id)}]`];
  const pending = view === 'pending';
  // A classified unit's targets are never published: the list asks the server without them (classified: false);
  // should one come (another viewer's scope), it is shown but not to pick — the server would refuse it.
  const onPage = pages.nodes.filter((p) => !p.unit?.classified).map((p) => p.id);
  const picked = onPage.filter((id) => selected.has(id));
  const allPicked = onPage.length > 0 && picked.length === onPage.length;
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const reset = () => setSelected(new Set());
  const publish = async () => {
    setSent(picked);
    const done = await action.run(
      () => action.client.mutate({ mutation: PUBLISH_TARGETS, variables: { projectIds: picked } }),
      (r) => t('tpublish.done', { count: formatCount(r.data?.publishTargets ?? 0) }),
    );
    if (done) reset();
  };
  return (
    <Panel
      title={t('tpublish.title')}
      subtitle={t('tpublish.subtitle')}
      status={pages.status === 'error' ? 'error' : 'ready'}
      errorText={pages.errorText}
      onRetry={pages.retry}
      minHeight={160}
      testId="panel-publish-targets"
    >
      <div className="library-filters" style={{ marginBottom: 10 }}>
        <label className="field">
          <span>{t('tpublish.viewLabel')}</span>
          <select
            value={view}
            onChange={(e) => {
              setView(e.target.value as 'pending' | 'published');
              reset();
            }}
            data-testid="publish-view"
          >
            <option value="pending">{t('tpublish.view.pending')}</option>
            <option value="published">{t('tpublish.view.published')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('tpublish.search')}</span>
          <input
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              reset();
            }}
            data-testid="publish-search"
          />
        </label>
      </div>
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      {pending && (
        <div className="work-form__actions work-form__actions--bar">
          <button
            type="button"
            className="button button--primary"
            disabled={action.busy || picked.length === 0}
            onClick={() => void publish()}
            data-testid="publish-submit"
          >
            {action.busy ? t('work.busy') : t('tpublish.publish')}
          </button>
          <span className="muted" aria-live="polite" data-testid="publish-selected">
            {t('tpublish.selected', { count: formatCount(picked.length) })}
          </span>
        </div>
      )}
      <DataTable
        caption={t('tpublish.title')}
        rows={pages.nodes}
        rowKey={(p) => p.id}
        status={pages.status === 'loading' ? 'loading' : pages.nodes.length ? 'ready' : 'empty'}
        stale={action.busy}
        emptyText={pending ? t('tpublish.empty') : t('tpublish.emptyPublished')}
        testId="publish-queue"
        columns={[
          ...(pending
            ? [
                {
                  key: 'select',
                  width: '40px',
                  align: 'center' as const,
                  header: (
                    <input
                      type="checkbox"
                      checked={allPicked}
                      disabled={onPage.length === 0}
                      onChange={(e) => setSelected(e.target.checked ? new Set(onPage) : new Set())}
                      aria-label={t('tpublish.selectPage')}
                      title={t('tpublish.selectPage')}
                      data-testid="publish-select-page"
                    />
                  ),
                  cell: (p: Row) => (
                    <input
                      type="checkbox"
                      checked={selected.has(p.id)}
                      disabled={!!p.unit?.classified}
                      onChange={(e) => toggle(p.id, e.target.checked)}
                      aria-label={t('tpublish.select', { project: `${p.code} ${p.name}` })}
                      data-testid={`publish-select-${p.code}`}
                    />
                  ),
                },
              ]
            : []),
          unitColumn(t('work.unit'), '130px', (p: Row) => p.unit),
          projectColumn(t('work.project'), (p: Row) => p),
          moneyColumn('budget', t('work.budget'), (p: Row) => p.budget),
          {
            key: 'count',
            header: t('targets.count'),
            width: '96px',
            align: 'right' as const,
            cell: (p: Row) => p.indicators.length,
          },
          pending
            ? {
                key: 'note',
                header: t('tpublish.note'),
                width: '190px',
                cell: (p: Row) => {
                  const adjusted = approvedAdjustment(p);
                  const error = rowError(p.id);
                  if (error) {
                    return (
                      <p className="field-error" role="alert" data-testid={`publish-error-${p.code}`}>
                        {error}
                      </p>
                    );
                  }
                  if (p.unit?.classified) return <span className="badge badge--cap">{t('tpublish.classified')}</span>;
                  return adjusted ? (
                    <span data-testid={`publish-again-${p.code}`}>
                      <span className="badge badge--state-reviewed">{t('tpublish.again')}</span>{' '}
                      <span className="muted" style={{ fontSize: 12 }}>
                        {t('tpublish.adjustedOn', { date: adjusted.decidedOn ?? '—' })}
                      </span>
                    </span>
                  ) : (
                    <span className="muted">{t('tpublish.first')}</span>
                  );
                },
              }
            : {
                key: 'publishedOn',
                header: t('tpublish.publishedOn'),
                width: '110px',
                cell: (p: Row) => <span data-testid={`publish-date-${p.code}`}>{p.targetsPublishedOn ?? '—'}</span>,
              },
        ]}
      />
      <CursorPager pages={pages} pageSize={PAGE_SIZE} onTurn={reset} />
    </Panel>
  );
}
