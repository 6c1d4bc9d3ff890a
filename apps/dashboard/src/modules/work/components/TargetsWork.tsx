import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  COMPARATOR_SYMBOLS,
  FUND_FAMILIES,
  FUND_FAMILY_LABELS,
  INDICATOR_LEVEL1_LABELS,
  PROJECT_KINDS,
  PROJECT_KIND_LABELS,
} from '@jixiao/schema/enums';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { Money } from '../../../app/components/Money';
import { Pager } from '../../../app/components/Pager';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type { TargetQueueQuery, WorkTargetProjectFieldsFragment } from '../../../generated/graphql';
import {
  CREATE_PROJECT,
  INDICATOR_GROUPS,
  INDICATOR_TEMPLATES,
  REVIEW_TARGETS,
  REVIEW_TARGETS_FIRST,
  SAVE_TARGETS,
  SUBMIT_TARGETS,
  TARGET_PROJECTS,
  TARGET_QUEUE,
} from '../graphql/targets.graphql';
import { useWorkAction } from '../hooks/useWorkAction';
import type { MutationFailure } from '../mutation-errors';
import {
  commentsByIndicator,
  indicatorCommentInputs,
  latestReturn,
  renameFields,
  newProjectVariables,
  reviewScore,
  rowFromTemplate,
  weightTotal,
  type NewProjectDraft,
  type TargetRowDraft,
} from '../targets-form';
import { FailureBanner, FieldError, fieldProps } from './FormPieces';
import { OwnIndicatorForm } from './OwnIndicatorForm';
import { linkedIndicators, rowWithLink, type LinkedRow, type TransferOption } from '../transfer-form';
import { TransferLinkField, useTransferOptions } from './TransferSplitWork';

type TargetProject = WorkTargetProjectFieldsFragment;

const QUEUE_PAGE_SIZE = 20;
const queueConnection = (d: TargetQueueQuery) => d.projects;

export function label(
  map: Record<string, { zh: string; en: string } | undefined>,
  key: string,
  lang: 'zh' | 'en',
): string {
  return map[key]?.[lang] ?? key;
}

/** "产出指标 · 培训人次 ≥ 1000 人次 · 权重 40": one indicator on one line. */
export function indicatorSummary(
  i: {
    level1: string;
    name: string;
    comparator: string;
    targetValue?: string | null;
    targetText?: string | null;
    unitOfMeasure?: string | null;
    weight: number | string;
  },
  lang: 'zh' | 'en',
  weightWord: string,
  withName = true,
): string {
  const target =
    i.comparator === 'QUALITATIVE' ? (i.targetText ?? '') : `${i.targetValue ?? ''} ${i.unitOfMeasure ?? ''}`.trim();
  return `${label(INDICATOR_LEVEL1_LABELS, i.level1, lang)} · ${withName ? `${i.name} ` : ''}${COMPARATOR_SYMBOLS[i.comparator as keyof typeof COMPARATOR_SYMBOLS] ?? ''} ${target} · ${weightWord} ${Number(i.weight)}`;
}

export function StatusBadge({ status, code }: { status: string; code: string }) {
  const { t } = useI18n();
  const tone =
    status === 'APPROVED'
      ? 'confirmed'
      : status === 'RETURNED'
        ? 'draft'
        : status === 'DRAFT'
          ? 'none'
          : status === 'FIRST_REVIEWED'
            ? 'reviewed'
            : 'submitted';
  return (
    <span className={`badge badge--state-${tone}`} data-testid={`target-status-${code}`} data-status={status}>
      {t(`targets.status.${status}` as MessageKey)}
    </span>
  );
}

/** The library: a group and a search, and the indicators found, each with a button to add it. */
export function LibraryPicker({ onPick }: { onPick: (row: TargetRowDraft) => void }) {
  const { t, lang } = useI18n();
  const groups = useQuery(INDICATOR_GROUPS);
  const [groupCode, setGroupCode] = useState('');
  const [search, setSearch] = useState('');
  const templates = useQuery(INDICATOR_TEMPLATES, {
    variables: { groupCode: groupCode || null, search: search.trim() || null },
  });
  const found = (templates.data?.indicatorTemplates.edges ?? []).map((e) => e.node);
  return (
    <fieldset className="work-fieldset" data-testid="indicator-library">
      <legend>{t('targets.library')}</legend>
      <div className="library-filters">
        <label className="field">
          <span>{t('targets.group')}</span>
          <select value={groupCode} onChange={(e) => setGroupCode(e.target.value)} data-testid="library-group">
            <option value="">{t('targets.allGroups')}</option>
            {(groups.data?.indicatorGroups ?? []).map((g) => (
              <option key={g.code} value={g.code}>
                {lang === 'zh' ? g.name : g.nameEn}（{g.indicatorCount}）
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('targets.search')}</span>
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="library-search"
          />
        </label>
      </div>
      <ul className="library-list" data-testid="library-results" aria-busy={templates.loading}>
        {found.map((tpl) => (
          <li key={tpl.id}>
            <span className="library-list__name" title={`${tpl.groupName} · ${tpl.level2}`}>
              {tpl.name}{' '}
              <span className="muted">
                {label(INDICATOR_LEVEL1_LABELS, tpl.level1, lang)} · {tpl.level2} · {tpl.referenceValue}{' '}
                {tpl.unitOfMeasure}
              </span>
            </span>
            <button
              type="button"
              className="button button--small"
              onClick={() => onPick(rowFromTemplate(tpl))}
              data-testid={`library-add-${tpl.code}`}
            >
              {t('targets.add')}
            </button>
          </li>
        ))}
        {templates.data && found.length === 0 && <li className="muted">{t('targets.noneFound')}</li>}
      </ul>
    </fieldset>
  );
}

/**
 * The indicator rows of a targets editor (the unit's targets, or an adjustment's copy): target value or
 * text, unit, weight, removal; the weights' total; each row's reviewer comment beside it. Errors of the
 * server's `indicators[i].field` show under row i.
 */
export function IndicatorRowsEditor({
  rows,
  setRows,
  failure,
  scope,
  comments,
  transferTargets,
}: {
  rows: TargetRowDraft[];
  setRows: React.Dispatch<React.SetStateAction<TargetRowDraft[]>>;
  failure: MutationFailure | null;
  scope: string;
  /** Reviewer comments by the indicator a row came from. */
  comments?: ReadonlyMap<string, string>;
  /** For a TRANSFER_PAYMENT project: the upper targets a row may carry a share of. */
  transferTargets?: readonly TransferOption[] | null;
}) {
  const { t, lang } = useI18n();
  const f = failure;
  const total = weightTotal(rows);
  const set = (i: number, patch: Partial<TargetRowDraft>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="work-fieldset">
      <legend>
        {t('targets.rows')} ·{' '}
        <span data-testid="targets-weight-total" className={total === 100 ? '' : 'todo__late'}>
          {t('targets.weightTotal', { total })}
        </span>
      </legend>
      {rows.length === 0 && <p className="muted">{t('targets.noRows')}</p>}
      <div className="indicator-rows">
        {rows.map((r, i) => {
          const qualitative = r.comparator === 'QUALITATIVE';
          const field = (name: string) => `indicators[${i}].${name}`;
          const comment = r.sourceId ? comments?.get(r.sourceId) : undefined;
          return (
            <div className="target-row" key={i} data-testid={`target-row-${i}`}>
              <div className="indicator-row__name">
                <strong>{r.name}</strong>
                {!r.templateId && (
                  <span className="badge badge--cap" title={t('targets.ownTitle')} data-testid={`target-own-${i}`}>
                    {t('targets.ownBadge')}
                  </span>
                )}
                <div className="muted">
                  {label(INDICATOR_LEVEL1_LABELS, r.level1, lang)} · {r.level2} ·{' '}
                  {COMPARATOR_SYMBOLS[r.comparator as keyof typeof COMPARATOR_SYMBOLS] ?? r.comparator}
                </div>
                {comment && (
                  <p className="work-note target-row__comment" data-testid={`target-comment-${i}`}>
                    {t('tadjust.indicatorComment', { comment })}
                  </p>
                )}
                <FieldError scope={scope} field={field('name')} failure={f} />
                {transferTargets && !qualitative && (
                  <TransferLinkField
                    row={r as LinkedRow}
                    options={transferTargets}
                    onChange={(next) => setRows((rs) => rs.map((x, j) => (j === i ? next : x)))}
                    scope={scope}
                    field={field('transferIndicatorId')}
                    failure={f}
                    testId={`target-transfer-${i}`}
                  />
                )}
              </div>
              {qualitative ? (
                <label className="field">
                  <span>{t('targets.targetText')}</span>
                  <input
                    value={r.targetText}
                    onChange={(e) => set(i, { targetText: e.target.value })}
                    data-testid={`target-text-${i}`}
                    {...fieldProps(scope, field('targetText'), f)}
                  />
                  <FieldError scope={scope} field={field('targetText')} failure={f} />
                </label>
              ) : (
                <label className="field">
                  <span>{t('targets.targetValue')}</span>
                  <input
                    inputMode="decimal"
                    value={r.targetValue}
                    onChange={(e) => set(i, { targetValue: e.target.value })}
                    data-testid={`target-value-${i}`}
                    {...fieldProps(scope, field('targetValue'), f)}
                  />
                  <FieldError scope={scope} field={field('targetValue')} failure={f} />
                </label>
              )}
              <label className="field">
                <span>{t('targets.unit')}</span>
                <input
                  value={r.unitOfMeasure}
                  onChange={(e) => set(i, { unitOfMeasure: e.target.value })}
                  disabled={qualitative}
                  data-testid={`target-unit-${i}`}
                  {...fieldProps(scope, field('unitOfMeasure'), f)}
                />
                <FieldError scope={scope} field={field('unitOfMeasure')} failure={f} />
              </label>
              <label className="field">
                <span>{t('targets.weight')}</span>
                <input
                  inputMode="decimal"
                  value={r.weight}
                  onChange={(e) => set(i, { weight: e.target.value })}
                  data-testid={`target-weight-${i}`}
                  {...fieldProps(scope, field('weight'), f)}
                />
                <FieldError scope={scope} field={field('weight')} failure={f} />
              </label>
              <button
                type="button"
                className="button button--small"
                onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                aria-label={t('targets.removeRow', { name: r.name })}
                data-testid={`target-remove-${i}`}
              >
                {t('targets.remove')}
              </button>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The unit's targets of one project: rows from the library, saved as a draft or submitted (quality checks). */
function TargetEditor({ project, onDone }: { project: TargetProject; onDone: () => void }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<LinkedRow[]>(() => project.indicators.map(rowWithLink));
  const transferTargets = useTransferOptions(project);
  // The return being answered, read once: a saved draft gets new indicators, the rows keep where they came from.
  const [{ returned, comments }] = useState(() => {
    const last =
      project.targetStatus === 'RETURNED' || project.targetStatus === 'DRAFT'
        ? latestReturn(project.targetReviews)
        : null;
    return { returned: last, comments: commentsByIndicator(last, project.indicators) };
  });
  const action = useWorkAction();
  const f = action.failure;
  const save = () =>
    action.client.mutate({
      mutation: SAVE_TARGETS,
      variables: { projectId: project.id, version: project.version, indicators: linkedIndicators(rows) },
    });
  const onSave = () => void action.run(save, () => t('targets.saved', { project: project.name }));
  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      async () => {
        const saved = await save();
        return action.client.mutate({
          mutation: SUBMIT_TARGETS,
          variables: { projectId: project.id, version: saved.data!.saveTargets.version },
        });
      },
      () => t('targets.submitted', { project: project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void onSubmit(e)} data-testid="targets-form" noValidate>
      <h3 className="work-form__title">
        {project.code} {project.name}
      </h3>
      {returned && (
        <div className="work-note" data-testid="targets-returned">
          {returned.comment ? t('targets.returned', { comment: returned.comment }) : t('tadjust.returnedPerIndicator')}
          {comments.orphans.length > 0 && (
            <ul className="target-list" data-testid="targets-returned-other">
              {comments.orphans.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <FailureBanner failure={f} onReload={() => void action.reload()}>
        <FieldError scope="targets" field="indicators" failure={f} />
      </FailureBanner>
      <LibraryPicker onPick={(row) => setRows((rs) => [...rs, row])} />
      <OwnIndicatorForm onAdd={(row) => setRows((rs) => [...rs, row])} />
      <IndicatorRowsEditor
        rows={rows}
        setRows={setRows}
        failure={f}
        scope="targets"
        comments={comments.byId}
        transferTargets={transferTargets}
      />
      <div className="work-form__actions">
        <button type="button" className="button" disabled={action.busy} onClick={onSave} data-testid="targets-save">
          {t('targets.save')}
        </button>
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="targets-submit">
          {action.busy ? t('work.busy') : t('targets.submit')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

const EMPTY_PROJECT: NewProjectDraft = { name: '', budget: '', fundFamily: 'GENERAL_PUBLIC', kind: 'RECURRING' };

function NewProjectForm({ year, onCreated }: { year: number; onCreated: (id: string) => void }) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<NewProjectDraft>(EMPTY_PROJECT);
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      () => action.client.mutate({ mutation: CREATE_PROJECT, variables: newProjectVariables(year, draft) }),
      (r) => t('targets.created', { code: r.data?.createProject.code ?? '' }),
    );
    if (done?.data) {
      setDraft(EMPTY_PROJECT);
      onCreated(done.data.createProject.id);
    }
  };
  return (
    <form className="work-form new-project" onSubmit={(e) => void submit(e)} data-testid="new-project-form" noValidate>
      <h3 className="work-form__title">{t('targets.newProject', { year })}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <div className="new-project__fields">
        <label className="field">
          <span>{t('targets.projectName')}</span>
          <input
            value={draft.name}
            onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
            data-testid="new-project-name"
            {...fieldProps('project', 'name', f)}
          />
          <FieldError scope="project" field="name" failure={f} />
        </label>
        <label className="field">
          <span>{t('targets.budget')}</span>
          <input
            inputMode="decimal"
            value={draft.budget}
            onChange={(e) => setDraft((d) => ({ ...d, budget: e.target.value }))}
            data-testid="new-project-budget"
            {...fieldProps('project', 'budget', f)}
          />
          <FieldError scope="project" field="budget" failure={f} />
        </label>
        <label className="field">
          <span>{t('targets.fundFamily')}</span>
          <select
            value={draft.fundFamily}
            onChange={(e) => setDraft((d) => ({ ...d, fundFamily: e.target.value }))}
            data-testid="new-project-fund"
          >
            {FUND_FAMILIES.map((x) => (
              <option key={x} value={x}>
                {FUND_FAMILY_LABELS[x][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('targets.kind')}</span>
          <select
            value={draft.kind}
            onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value }))}
            data-testid="new-project-kind"
          >
            {PROJECT_KINDS.map((x) => (
              <option key={x} value={x}>
                {PROJECT_KIND_LABELS[x][lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="work-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={action.busy}
          data-testid="new-project-create"
        >
          {t('targets.create')}
        </button>
      </div>
    </form>
  );
}

/** The unit's targets for next year: new projects, and the targets of those still to submit. */
export function TargetsPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const next = year + 1;
  const { data, loading, error } = useQuery(TARGET_PROJECTS, { variables: { year: next } });
  const [editing, setEditing] = useState<string | null>(null);
  const rows = (data?.projects.edges ?? []).map((e) => e.node);
  const picked = rows.find((p) => p.id === editing) ?? null;
  return (
    <Panel
      title={t('targets.title', { year: next })}
      subtitle={t('targets.subtitle')}
      status={data ? 'ready' : error ? 'error' : loading ? 'loading' : 'loading'}
      errorText={error ? errorMessage(error, t, lang) : undefined}
      minHeight={160}
      testId="panel-targets"
    >
      {picked ? (
        <TargetEditor key={picked.id} project={picked} onDone={() => setEditing(null)} />
      ) : (
        <>
          <DataTable
            caption={t('targets.title', { year: next })}
            rows={rows}
            rowKey={(p) => p.id}
            status={rows.length ? 'ready' : 'empty'}
            emptyText={t('targets.empty')}
            testId="target-projects"
            columns={[
              {
                key: 'project',
                header: t('work.project'),
                cell: (p) => (
                  <span title={p.name}>
                    {p.code} {p.name}
                  </span>
                ),
              },
              {
                key: 'budget',
                header: t('work.budget'),
                width: '110px',
                align: 'right',
                cell: (p) => <Money yuan={p.budget} />,
              },
              {
                key: 'count',
                header: t('targets.count'),
                width: '70px',
                align: 'right',
                cell: (p) => p.indicators.length,
              },
              {
                key: 'status',
                header: t('work.status'),
                width: '120px',
                cell: (p) => <StatusBadge status={p.targetStatus} code={p.code} />,
              },
              {
                key: 'actions',
                header: t('work.actions'),
                width: '100px',
                cell: (p) =>
                  p.targetStatus === 'DRAFT' || p.targetStatus === 'RETURNED' ? (
                    <button
                      type="button"
                      className="button button--small button--primary"
                      onClick={() => setEditing(p.id)}
                      data-testid={`targets-edit-${p.code}`}
                    >
                      {t('targets.edit')}
                    </button>
                  ) : null,
              },
            ]}
          />
          <NewProjectForm year={next} onCreated={(id) => setEditing(id)} />
        </>
      )}
    </Panel>
  );
}

/** A review queue of targets: the business section's first review, or the performance section's with a score. */
export function TargetReviewQueue({
  year,
  mode,
  classified,
}: {
  year: number;
  mode: 'first' | 'final';
  classified?: boolean;
}) {
  const { t, lang } = useI18n();
  const next = year + 1;
  const pages = useCursorPages(
    TARGET_QUEUE,
    { year: next, status: mode === 'first' ? 'SUBMITTED' : 'FIRST_REVIEWED', classified: classified ?? null },
    queueConnection,
    QUEUE_PAGE_SIZE,
  );
  const action = useWorkAction();
  const [open, setOpen] = useState<{ id: string; approve: boolean } | null>(null);
  const [comment, setComment] = useState('');
  const [score, setScore] = useState('');
  const [perIndicator, setPerIndicator] = useState<Record<string, string>>({});
  const [fieldOf, setFieldOf] = useState<Record<string, string>>({});
  const rows = pages.nodes;
  const current = rows.find((p) => p.id === open?.id) ?? null;
  const commenting = mode === 'final' && open !== null && !open.approve;
  // The server names a comment `indicatorComments[k].comment`; the form shows it under its indicator.
  const failure = action.failure && { ...action.failure, fields: renameFields(action.failure.fields, fieldOf) };
  const start = (id: string, approve: boolean) => {
    action.clear();
    setOpen({ id, approve });
    setPerIndicator({});
  };
  const decide = async (p: TargetProject, approve: boolean) => {
    const sent = indicatorCommentInputs(
      p.indicators.map((i) => i.id),
      commenting ? perIndicator : {},
    );
    setFieldOf(Object.fromEntries(Object.entries(sent.fieldOf).map(([k, id]) => [k, `comment-${id}`])));
    const done = await action.run(
      async (): Promise<unknown> =>
        mode === 'first'
          ? action.client.mutate({
              mutation: REVIEW_TARGETS_FIRST,
              variables: { projectId: p.id, version: p.version, approve, comment },
            })
          : action.client.mutate({
              mutation: REVIEW_TARGETS,
              variables: {
                projectId: p.id,
                version: p.version,
                approve,
                comment,
                score: approve ? reviewScore(score) : null,
                indicatorComments: sent.comments,
              },
            }),
      () => t(approve ? 'targets.approvedToast' : 'targets.returnedToast', { project: p.name }),
    );
    if (done !== null) {
      setOpen(null);
      setComment('');
      setScore('');
      setPerIndicator({});
    }
  };
  return (
    <Panel
      title={mode === 'first' ? t('targets.reviewTitle', { year: next }) : t('targets.approveTitle', { year: next })}
      subtitle={mode === 'first' ? t('targets.reviewSubtitle') : t('targets.approveSubtitle')}
      status={pages.status}
      errorText={pages.errorText}
      onRetry={pages.retry}
      minHeight={140}
      testId={mode === 'first' ? 'panel-review-targets' : 'panel-approve-targets'}
    >
      <FailureBanner failure={open ? null : action.failure} onReload={() => void action.reload()} />
      <DataTable
        caption={
          mode === 'first' ? t('targets.reviewTitle', { year: next }) : t('targets.approveTitle', { year: next })
        }
        rows={rows}
        rowKey={(p) => p.id}
        status={rows.length ? 'ready' : 'empty'}
        emptyText={t('work.nothingWaiting')}
        testId={mode === 'first' ? 'targets-review-queue' : 'targets-approve-queue'}
        columns={[
          {
            key: 'unit',
            header: t('work.unit'),
            width: '130px',
            cell: (p) => <span title={p.unit?.name}>{p.unit?.name ?? '—'}</span>,
          },
          {
            key: 'project',
            header: t('work.project'),
            cell: (p) => (
              <span title={p.name}>
                {p.code} {p.name}
              </span>
            ),
          },
          {
            key: 'budget',
            header: t('work.budget'),
            width: '100px',
            align: 'right',
            cell: (p) => <Money yuan={p.budget} />,
          },
          { key: 'count', header: t('targets.count'), width: '70px', align: 'right', cell: (p) => p.indicators.length },
          {
            key: 'actions',
            header: t('work.actions'),
            width: '132px',
            cell: (p) => (
              <span className="row-actions">
                <button
                  type="button"
                  className="button button--small button--primary"
                  onClick={() => start(p.id, true)}
                  data-testid={`targets-approve-${p.code}`}
                >
                  {t('work.approve')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => start(p.id, false)}
                  data-testid={`targets-return-${p.code}`}
                >
                  {t('work.return')}
                </button>
              </span>
            ),
          },
        ]}
      />
      <Pager
        page={pages.page}
        pageSize={QUEUE_PAGE_SIZE}
        totalCount={pages.totalCount}
        hasPrevious={pages.hasPrevious}
        hasNext={pages.hasNext}
        onPrevious={pages.previous}
        onNext={pages.next}
      />
      {current && open && (
        <form
          className="work-form"
          onSubmit={(e) => {
            e.preventDefault();
            void decide(current, open.approve);
          }}
          data-testid="targets-decision-form"
        >
          <h3 className="work-form__title">
            {t(open.approve ? 'targets.approveFor' : 'targets.returnFor', {
              project: `${current.code} ${current.name}`,
            })}
          </h3>
          <FailureBanner failure={failure} onReload={() => void action.reload()} />
          {commenting ? (
            <fieldset className="work-fieldset" data-testid="targets-indicator-comments">
              <legend>{t('tadjust.perIndicator')}</legend>
              <div className="indicator-rows">
                {current.indicators.map((i) => (
                  <div className="indicator-row" key={i.id}>
                    <div className="indicator-row__name">
                      <strong>{i.name}</strong>
                      <div className="muted">{indicatorSummary(i, lang, t('targets.weight'), false)}</div>
                    </div>
                    <label className="field" style={{ gridColumn: 'span 2' }}>
                      <span>{t('tadjust.commentOn', { name: i.name })}</span>
                      <input
                        value={perIndicator[i.id] ?? ''}
                        onChange={(e) => setPerIndicator((m) => ({ ...m, [i.id]: e.target.value }))}
                        data-testid={`targets-indicator-comment-${i.id}`}
                        {...fieldProps('treview', `comment-${i.id}`, failure)}
                      />
                      <FieldError scope="treview" field={`comment-${i.id}`} failure={failure} />
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          ) : (
            <ul className="target-list">
              {current.indicators.map((i) => (
                <li key={i.id}>{indicatorSummary(i, lang, t('targets.weight'))}</li>
              ))}
            </ul>
          )}
          {mode === 'final' && open.approve && (
            <label className="field work-field">
              <span>{t('targets.score')}</span>
              <input
                inputMode="decimal"
                value={score}
                onChange={(e) => setScore(e.target.value)}
                data-testid="targets-score"
                {...fieldProps('treview', 'score', failure)}
              />
              <FieldError scope="treview" field="score" failure={failure} />
            </label>
          )}
          <label className="field">
            <span>
              {open.approve
                ? t('targets.comment')
                : commenting
                  ? t('tadjust.commentOrPerIndicator')
                  : t('targets.commentRequired')}
            </span>
            <textarea
              rows={2}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              autoFocus={!commenting}
              data-testid="targets-comment"
              {...fieldProps('treview', 'comment', failure)}
            />
            <FieldError scope="treview" field="comment" failure={failure} />
          </label>
          <div className="work-form__actions">
            <button
              type="submit"
              className={`button ${open.approve ? 'button--primary' : 'button--danger'}`}
              disabled={action.busy}
              data-testid="targets-decide"
            >
              {open.approve ? t('work.approve') : t('work.confirmReturn')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(null)}>
              {t('work.cancel')}
            </button>
          </div>
        </form>
      )}
    </Panel>
  );
}
