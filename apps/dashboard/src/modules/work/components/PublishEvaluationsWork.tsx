import { useMemo, useState } from 'react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { formatDecimal } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { Pager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import type { PublishEvaluationsPageQuery, WorkPublishRowFieldsFragment } from '../../../generated/graphql';
import { gradeLabel, kindLabel } from '../../projects/project-rows';
import { PUBLISH_EVALUATIONS, PUBLISH_EVALUATIONS_PAGE } from '../graphql/key-evaluation.graphql';
import { useWorkAction } from '../hooks/useWorkAction';
import { finalScore, selectedOnPage, toggleAll, toggleOne } from '../key-evaluation-form';
import { FailureBanner } from './FormPieces';

type Row = WorkPublishRowFieldsFragment;

const PAGE_SIZE = 20;
const DONE_PAGE_SIZE = 10;
const connection = (d: PublishEvaluationsPageQuery) => d.evaluations;
const subject = (e: Row) => (e.project ? `${e.project.code} ${e.project.name}` : (e.unit?.name ?? ''));
const publishable = (e: Row) => !e.unit?.classified;

function useColumns(): Column<Row>[] {
  const { t, lang } = useI18n();
  return [
    {
      key: 'subject',
      header: t('publish.col.subject'),
      cell: (e) => (
        <span title={`${subject(e)} · ${e.unit?.name ?? ''}`}>
          {subject(e)}
          {e.project && <span className="muted"> · {e.unit?.name}</span>}
        </span>
      ),
    },
    { key: 'kind', header: t('publish.col.kind'), width: '176px', cell: (e) => kindLabel(e.kind, lang) },
    {
      key: 'score',
      header: t('publish.col.score'),
      width: '68px',
      align: 'right',
      cell: (e) => {
        const s = finalScore(e);
        return s === null ? '—' : formatDecimal(s, 2);
      },
    },
    {
      key: 'grade',
      header: t('publish.col.grade'),
      width: '96px',
      cell: (e) =>
        e.grade ? (
          <span className={`badge badge--grade-${e.grade.toLowerCase()}`}>{gradeLabel(e.grade, lang)}</span>
        ) : (
          '—'
        ),
    },
    { key: 'evaluatedOn', header: t('publish.col.evaluatedOn'), width: '112px', cell: (e) => e.evaluatedOn ?? '—' },
  ];
}

/** The final evaluations of the year not yet public: check several (or the whole page) and publish them. */
function ToPublish({ year }: { year: number }) {
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
    ...useColumns(),
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
      <Pager
        page={pages.page}
        pageSize={PAGE_SIZE}
        totalCount={pages.totalCount}
        hasPrevious={pages.hasPrevious}
        hasNext={pages.hasNext}
        onPrevious={() => {
          setConfirming(false);
          pages.previous();
        }}
        onNext={() => {
          setConfirming(false);
          pages.next();
        }}
      />
    </Panel>
  );
}

/** The year's evaluations already public, with their date. */
function Published({ year }: { year: number }) {
  const { t } = useI18n();
  const variables = useMemo(() => ({ year, published: true }), [year]);
  const pages = useCursorPages(PUBLISH_EVALUATIONS_PAGE, variables, connection, DONE_PAGE_SIZE);
  const columns: Column<Row>[] = [
    ...useColumns(),
    {
      key: 'publishedOn',
      header: t('publish.col.publishedOn'),
      width: '112px',
      cell: (e) => <span data-testid={`published-on-${e.id}`}>{e.publishedOn ?? '—'}</span>,
    },
  ];
  const status = pages.status === 'ready' ? (pages.nodes.length ? 'ready' : 'empty') : pages.status;
  return (
    <Panel
      title={t('publish.doneTitle', { year })}
      status={status}
      errorText={pages.errorText}
      onRetry={pages.retry}
      retryLabel={t('common.retry')}
      emptyText={t('publish.doneEmpty')}
      minHeight={120}
      testId="panel-published-evaluations"
    >
      <DataTable
        caption={t('publish.doneTitle', { year })}
        rows={pages.nodes}
        rowKey={(e) => e.id}
        status={status}
        emptyText={t('publish.doneEmpty')}
        testId="published-list"
        columns={columns}
      />
      <Pager
        page={pages.page}
        pageSize={DONE_PAGE_SIZE}
        totalCount={pages.totalCount}
        hasPrevious={pages.hasPrevious}
        hasNext={pages.hasNext}
        onPrevious={pages.previous}
        onNext={pages.next}
      />
    </Panel>
  );
}

/** 信息公开 of evaluation results: the performance section publishes final evaluations of the year. */
export function PublishEvaluationsPanel({ year }: { year: number }) {
  return (
    <div className="work-stack">
      <ToPublish year={year} />
      <Published year={year} />
    </div>
  );
}
