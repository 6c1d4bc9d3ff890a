import { useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { EX_ANTE_CONCLUSION_LABELS, EX_ANTE_CONCLUSIONS, type ExAnteConclusion } from '@jixiao/schema/enums';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { Money } from '../../../app/components/Money';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { Link } from '../../../app/router/router';
import type { WorkExAnteFieldsFragment, WorkExAnteProjectFieldsFragment } from '../../../generated/graphql';
import {
  addAttachment,
  agencyVariables,
  canFile,
  canSendToAgency,
  charCount,
  conclusionVariables,
  consequenceOf,
  draftOf,
  EX_ANTE_ARGUMENTS,
  exAnteStage,
  exAnteVariables,
  newProjects,
  removeAttachment,
  sendVariables,
  stageTone,
  type ExAnteDraft,
} from '../ex-ante-form';
import {
  CONCLUDE_EX_ANTE,
  EX_ANTE_CONCLUDE_QUEUE,
  EX_ANTE_QUEUE,
  EX_ANTE_UNIT_PROJECTS,
  REVIEW_EX_ANTE,
  SEND_EX_ANTE_TO_AGENCY,
  SUBMIT_AGENCY_EX_ANTE,
  SUBMIT_EX_ANTE,
} from '../graphql/ex-ante.graphql';
import { useWorkAction } from '../hooks/useWorkAction';
import type { MutationFailure } from '../mutation-errors';
import { workPath } from '../todo-links';
import { FailureBanner, FieldError, fieldProps } from './FormPieces';

type ExAnteProject = WorkExAnteProjectFieldsFragment;
type Assessment = WorkExAnteFieldsFragment;

const FACTS_STYLE = { gridTemplateColumns: '140px minmax(0, 1fr)' } as const;
const PROSE_STYLE = { whiteSpace: 'pre-wrap' } as const;

function projectLabel(p: ExAnteProject): string {
  return `${p.code} ${p.name}`;
}

function StageBadge({ assessment, code }: { assessment: Assessment | null | undefined; code: string }) {
  const { t } = useI18n();
  const stage = exAnteStage(assessment);
  return (
    <span
      className={`badge badge--state-${stageTone(stage)}`}
      data-testid={`exante-status-${code}`}
      data-status={stage}
    >
      {t(`exante.status.${stage}` as MessageKey)}
    </span>
  );
}

function ConclusionBadge({ conclusion, testId }: { conclusion: string | null | undefined; testId?: string }) {
  const { lang } = useI18n();
  if (!conclusion) return <span className="muted">—</span>;
  const label =
    (EX_ANTE_CONCLUSION_LABELS as Record<string, { zh: string; en: string } | undefined>)[conclusion]?.[lang] ??
    conclusion;
  const tone = conclusion === 'SUPPORT' ? 'excellent' : conclusion === 'PARTIAL_SUPPORT' ? 'medium' : 'poor';
  return (
    <span className={`badge badge--grade-${tone}`} data-conclusion={conclusion} data-testid={testId}>
      {label}
    </span>
  );
}

/** What the unit filed: the four arguments, the attachments, the date. */
function FilingView({ assessment }: { assessment: Assessment }) {
  const { t } = useI18n();
  return (
    <section data-testid="exante-filing">
      <h4 className="work-subheading">{t('exante.filing')}</h4>
      <dl className="flag-card__facts" style={FACTS_STYLE}>
        {EX_ANTE_ARGUMENTS.map((key) => (
          <Fact key={key} label={t(`exante.${key}` as MessageKey)} testId={`exante-filed-${key}`}>
            <span style={PROSE_STYLE}>{assessment[key]}</span>
          </Fact>
        ))}
        <Fact label={t('exante.attachments')} testId="exante-filed-attachments">
          {assessment.attachmentNames.length ? (
            <ul className="target-list">
              {assessment.attachmentNames.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t('exante.noAttachments')}</span>
          )}
        </Fact>
        <Fact label={t('exante.submittedOn')}>{assessment.submittedOn ?? '—'}</Fact>
      </dl>
    </section>
  );
}

function Fact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

/** The opinions given so far: the business section's, the agency's, the performance section's score and conclusion. */
function OpinionsView({ assessment }: { assessment: Assessment }) {
  const { t } = useI18n();
  const any = assessment.sectionOpinion || assessment.agency || assessment.conclusion;
  if (!any) return null;
  return (
    <section data-testid="exante-opinions">
      <h4 className="work-subheading">{t('exante.opinions')}</h4>
      <dl className="flag-card__facts" style={FACTS_STYLE}>
        {assessment.sectionOpinion && (
          <Fact label={t('exante.sectionOpinion')} testId="exante-section-opinion">
            <span style={PROSE_STYLE}>{assessment.sectionOpinion}</span>
          </Fact>
        )}
        {assessment.agency && (
          <Fact label={t('exante.agency')} testId="exante-agency">
            {assessment.agency.name}
            {assessment.agencySentOn && (
              <span className="muted"> · {t('exante.sentOn', { date: assessment.agencySentOn })}</span>
            )}
            {assessment.agencyReviewedOn && (
              <span className="muted"> · {t('exante.reviewedOn', { date: assessment.agencyReviewedOn })}</span>
            )}
          </Fact>
        )}
        {assessment.agencyConclusion && (
          <Fact label={t('exante.agencyConclusion')}>
            <ConclusionBadge conclusion={assessment.agencyConclusion} testId="exante-agency-conclusion" />
          </Fact>
        )}
        {assessment.agencyOpinion && (
          <Fact label={t('exante.agencyOpinion')} testId="exante-agency-opinion">
            <span style={PROSE_STYLE}>{assessment.agencyOpinion}</span>
          </Fact>
        )}
        {assessment.pesScore !== null && assessment.pesScore !== undefined && (
          <Fact label={t('exante.score')} testId="exante-score">
            {assessment.pesScore.toFixed(2)}
          </Fact>
        )}
        {assessment.conclusion && (
          <Fact label={t('exante.conclusion')}>
            <ConclusionBadge conclusion={assessment.conclusion} testId="exante-conclusion" />
          </Fact>
        )}
        {assessment.concludedOn && <Fact label={t('exante.concludedOn')}>{assessment.concludedOn}</Fact>}
      </dl>
    </section>
  );
}

/** What the conclusion (or its absence) means for the project's budget. */
function ConsequenceNote({ assessment }: { assessment: Assessment | null | undefined }) {
  const { t } = useI18n();
  const c = consequenceOf(assessment);
  return (
    <p className="work-note" data-testid="exante-consequence" data-consequence={c}>
      {t(`exante.consequence.${c}` as MessageKey)}
      {c === 'SUPPORT' && (
        <>
          {' '}
          <Link to={workPath('targets')}>{t('work.tab.targets')}</Link>
        </>
      )}
    </p>
  );
}

/** A radio group of the three conclusions, with its error under it. */
function ConclusionPicker({
  scope,
  value,
  onChange,
  failure,
  name,
  autoFocus,
}: {
  scope: string;
  value: ExAnteConclusion | '';
  onChange: (c: ExAnteConclusion) => void;
  failure: MutationFailure | null;
  name: string;
  autoFocus?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <fieldset className="work-fieldset" {...fieldProps(scope, 'conclusion', failure)}>
      <legend>{t('exante.conclusion')}</legend>
      <div className="row-actions" style={{ flexWrap: 'wrap', gap: 16 }}>
        {EX_ANTE_CONCLUSIONS.map((c, i) => (
          <label key={c} className="checkbox">
            <input
              type="radio"
              name={name}
              value={c}
              checked={value === c}
              onChange={() => onChange(c)}
              autoFocus={autoFocus && i === 0}
              data-testid={`${scope}-conclusion-${c}`}
            />
            {EX_ANTE_CONCLUSION_LABELS[c][lang]}
          </label>
        ))}
      </div>
      <FieldError scope={scope} field="conclusion" failure={failure} />
    </fieldset>
  );
}

/** The unit's filing of one new project: four arguments and the attachment names. */
function ExAnteForm({
  project,
  onDone,
  onCancel,
}: {
  project: ExAnteProject;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ExAnteDraft>(() => draftOf(project.exAnteAssessment));
  const [attachment, setAttachment] = useState('');
  const [duplicate, setDuplicate] = useState(false);
  const action = useWorkAction();
  const f = action.failure;
  const add = () => {
    const next = addAttachment(draft.attachmentNames, attachment);
    setDuplicate(next.outcome === 'duplicate');
    if (next.outcome === 'added') {
      setDraft((d) => ({ ...d, attachmentNames: next.list }));
      setAttachment('');
    }
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const variables = exAnteVariables(project.id, draft, project.exAnteAssessment?.version);
    const done = await action.run(
      () => action.client.mutate({ mutation: SUBMIT_EX_ANTE, variables }),
      () => t('exante.submitted', { project: project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="exante-form" noValidate>
      <h3 className="work-form__title">{t('exante.formTitle', { project: projectLabel(project) })}</h3>
      <p className="work-hint">
        {t('exante.budget')} <Money yuan={project.budget} /> · {t('exante.year')} {project.year}
      </p>
      <FailureBanner failure={f} onReload={() => void action.reload()}>
        <FieldError scope="exante" field="projectId" failure={f} />
      </FailureBanner>
      {EX_ANTE_ARGUMENTS.map((key, i) => (
        <label className="field" key={key}>
          <span>
            {t(`exante.${key}` as MessageKey)}{' '}
            <span className="work-hint">
              {t(`exante.${key}Hint` as MessageKey)} · {t('exante.chars', { count: charCount(draft[key]) })}
            </span>
          </span>
          <textarea
            rows={3}
            value={draft[key]}
            autoFocus={i === 0}
            onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
            data-testid={`exante-${key}`}
            {...fieldProps('exante', key, f)}
          />
          <FieldError scope="exante" field={key} failure={f} />
        </label>
      ))}
      <fieldset className="work-fieldset" data-testid="exante-attachments">
        <legend>{t('exante.attachments')}</legend>
        {draft.attachmentNames.length === 0 ? (
          <p className="muted">{t('exante.noAttachments')}</p>
        ) : (
          <ul className="library-list">
            {draft.attachmentNames.map((name, i) => (
              <li key={name} data-testid={`exante-attachment-${i}`}>
                <span className="library-list__name">{name}</span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('exante.attachmentRemoveLabel', { name })}
                  onClick={() => setDraft((d) => ({ ...d, attachmentNames: removeAttachment(d.attachmentNames, i) }))}
                  data-testid={`exante-attachment-remove-${i}`}
                >
                  {t('exante.attachmentRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="flag-card__close" style={{ marginTop: 8 }}>
          <label className="field">
            <span>{t('exante.attachmentName')}</span>
            <input
              value={attachment}
              onChange={(e) => {
                setAttachment(e.target.value);
                setDuplicate(false);
              }}
              // Enter adds the name rather than submitting the whole filing.
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
              aria-invalid={duplicate || !!f?.fields.attachmentNames || undefined}
              aria-describedby={
                duplicate
                  ? 'exante-attachment-dup'
                  : f?.fields.attachmentNames
                    ? 'exante-err-attachmentNames'
                    : undefined
              }
              data-testid="exante-attachment-name"
            />
            {duplicate && (
              <p className="field-error" id="exante-attachment-dup" role="alert">
                {t('exante.attachmentDuplicate')}
              </p>
            )}
            <FieldError scope="exante" field="attachmentNames" failure={f} />
          </label>
          <button type="button" className="button" onClick={add} data-testid="exante-attachment-add">
            {t('exante.attachmentAdd')}
          </button>
        </div>
      </fieldset>
      <div className="work-form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="exante-submit">
          {action.busy ? t('work.busy') : t('exante.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

/** One assessment read in full: the filing, the opinions and, for the unit, what they mean for the money. */
function AssessmentCard({
  project,
  children,
  showConsequence,
}: {
  project: ExAnteProject;
  children?: ReactNode;
  showConsequence?: boolean;
}) {
  const { t } = useI18n();
  const x = project.exAnteAssessment;
  return (
    <article className="flag-card" data-testid="exante-card" style={{ marginTop: 12 }}>
      <header className="flag-card__header">
        <strong>{projectLabel(project)}</strong>
        {project.unit && <span className="muted">{project.unit.name}</span>}
        <Money yuan={project.budget} />
        <StageBadge assessment={x} code={project.code} />
        {x && canSendToAgency(x) && (
          <span className="badge badge--key" title={t('exante.reassessmentHint')}>
            {t('exante.reassessment')}
          </span>
        )}
      </header>
      {showConsequence && <ConsequenceNote assessment={x} />}
      {x && x.status !== 'DRAFT' && <FilingView assessment={x} />}
      {x && <OpinionsView assessment={x} />}
      {children}
    </article>
  );
}

function truncatedNote(t: ReturnType<typeof useI18n>['t'], shown: number, total: number): ReactNode {
  return total > shown ? <p className="panel-footnote">{t('exante.truncated', { shown, total })}</p> : null;
}

/** UNIT: the new projects of the work year and the next, their assessment, and the filing form. */
export function ExAntePanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const next = year + 1;
  const { data, error } = useQuery(EX_ANTE_UNIT_PROJECTS, { variables: { year, next } });
  const [open, setOpen] = useState<{ id: string; filing: boolean } | null>(null);
  const rows = newProjects(
    (data?.current.edges ?? []).map((e) => e.node),
    (data?.coming.edges ?? []).map((e) => e.node),
  );
  const picked = rows.find((p) => p.id === open?.id) ?? null;
  const filing = picked && open?.filing && canFile(exAnteStage(picked.exAnteAssessment));
  const shown = (data?.current.edges.length ?? 0) + (data?.coming.edges.length ?? 0);
  const total = (data?.current.totalCount ?? 0) + (data?.coming.totalCount ?? 0);
  return (
    <Panel
      title={t('exante.title', { year, next })}
      subtitle={t('exante.subtitle')}
      status={data ? (rows.length ? 'ready' : 'empty') : error ? 'error' : 'loading'}
      errorText={error ? errorMessage(error, t, lang) : undefined}
      emptyText={
        <span data-testid="exante-empty">
          {t('exante.empty', { year, next })} {t('exante.emptyHow')}{' '}
          <Link to={workPath('targets')} data-testid="exante-to-targets">
            {t('exante.toTargets')}
          </Link>
        </span>
      }
      minHeight={160}
      testId="panel-ex-ante"
    >
      {filing && picked ? (
        <ExAnteForm
          key={picked.id}
          project={picked}
          onCancel={() => setOpen(null)}
          onDone={() => setOpen({ id: picked.id, filing: false })}
        />
      ) : (
        <>
          <DataTable
            caption={t('exante.title', { year, next })}
            rows={rows}
            rowKey={(p) => p.id}
            status={rows.length ? 'ready' : 'empty'}
            testId="exante-projects"
            columns={[
              {
                key: 'project',
                header: t('exante.project'),
                cell: (p) => <span title={p.name}>{projectLabel(p)}</span>,
              },
              { key: 'year', header: t('exante.year'), width: '60px', cell: (p) => p.year },
              {
                key: 'budget',
                header: t('exante.budget'),
                width: '100px',
                align: 'right',
                cell: (p) => <Money yuan={p.budget} />,
              },
              {
                key: 'status',
                header: t('exante.status'),
                width: '150px',
                cell: (p) => <StageBadge assessment={p.exAnteAssessment} code={p.code} />,
              },
              {
                key: 'conclusion',
                header: t('exante.conclusion'),
                width: '110px',
                cell: (p) => (
                  <ConclusionBadge conclusion={p.exAnteAssessment?.conclusion} testId={`exante-conclusion-${p.code}`} />
                ),
              },
              {
                key: 'actions',
                header: t('exante.actions'),
                width: '100px',
                cell: (p) =>
                  canFile(exAnteStage(p.exAnteAssessment)) ? (
                    <button
                      type="button"
                      className="button button--small button--primary"
                      onClick={() => setOpen({ id: p.id, filing: true })}
                      data-testid={`exante-file-${p.code}`}
                    >
                      {t('exante.file')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button button--small"
                      aria-expanded={open?.id === p.id}
                      onClick={() => setOpen(open?.id === p.id ? null : { id: p.id, filing: false })}
                      data-testid={`exante-view-${p.code}`}
                    >
                      {open?.id === p.id ? t('exante.close') : t('exante.view')}
                    </button>
                  ),
              },
            ]}
          />
          {truncatedNote(t, shown, total)}
          {picked && !filing && <AssessmentCard project={picked} showConsequence />}
        </>
      )}
    </Panel>
  );
}

/** BUSINESS_SECTION: the submitted assessments of its units, each read and given a first opinion. */
export function ExAnteReviewQueue({ classified }: { classified?: boolean } = {}) {
  const { t, lang } = useI18n();
  const { data, error } = useQuery(EX_ANTE_QUEUE, {
    variables: { status: 'SUBMITTED', classified: classified ?? null },
  });
  const [open, setOpen] = useState<string | null>(null);
  const rows = (data?.projects.edges ?? []).map((e) => e.node);
  const picked = rows.find((p) => p.id === open) ?? null;
  return (
    <Panel
      title={t('exante.reviewTitle')}
      subtitle={t('exante.reviewSubtitle')}
      status={data ? 'ready' : error ? 'error' : 'loading'}
      errorText={error ? errorMessage(error, t, lang) : undefined}
      minHeight={140}
      testId="panel-review-ex-ante"
    >
      <QueueTable
        rows={rows}
        open={open}
        onOpen={setOpen}
        emptyText={t('exante.reviewEmpty')}
        testId="exante-review-queue"
        caption={t('exante.reviewTitle')}
      />
      {data && truncatedNote(t, rows.length, data.projects.totalCount)}
      {picked && (
        <AssessmentCard project={picked}>
          <FirstOpinionForm key={picked.id} project={picked} onDone={() => setOpen(null)} />
        </AssessmentCard>
      )}
    </Panel>
  );
}

function QueueTable({
  rows,
  open,
  onOpen,
  emptyText,
  testId,
  caption,
  extra,
}: {
  rows: readonly ExAnteProject[];
  open: string | null;
  onOpen: (id: string | null) => void;
  emptyText: string;
  testId: string;
  caption: string;
  extra?: { key: string; header: string; width: string; cell: (p: ExAnteProject) => ReactNode };
}) {
  const { t } = useI18n();
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(p) => p.id}
      status={rows.length ? 'ready' : 'empty'}
      emptyText={emptyText}
      testId={testId}
      columns={[
        {
          key: 'unit',
          header: t('exante.unit'),
          width: '150px',
          cell: (p) => <span title={p.unit?.name}>{p.unit?.name ?? '—'}</span>,
        },
        { key: 'project', header: t('exante.project'), cell: (p) => <span title={p.name}>{projectLabel(p)}</span> },
        {
          key: 'budget',
          header: t('exante.budget'),
          width: '100px',
          align: 'right',
          cell: (p) => <Money yuan={p.budget} />,
        },
        ...(extra ? [extra] : []),
        {
          key: 'actions',
          header: t('exante.actions'),
          width: '80px',
          cell: (p) => (
            <button
              type="button"
              className={`button button--small${open === p.id ? '' : ' button--primary'}`}
              aria-expanded={open === p.id}
              onClick={() => onOpen(open === p.id ? null : p.id)}
              data-testid={`exante-open-${p.code}`}
            >
              {open === p.id ? t('exante.close') : t('exante.open')}
            </button>
          ),
        },
      ]}
    />
  );
}

function FirstOpinionForm({ project, onDone }: { project: ExAnteProject; onDone: () => void }) {
  const { t } = useI18n();
  const [opinion, setOpinion] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const x = project.exAnteAssessment!;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: REVIEW_EX_ANTE,
          variables: { projectId: project.id, opinion: opinion.trim(), version: x.version },
        }),
      () => t('exante.reviewed', { project: project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="flag-card__form" onSubmit={(e) => void submit(e)} data-testid="exante-opinion-form" noValidate>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <label className="field">
        <span>
          {t('exante.opinion')} <span className="work-hint">{t('exante.opinionHint')}</span>
        </span>
        <textarea
          rows={3}
          value={opinion}
          onChange={(e) => setOpinion(e.target.value)}
          autoFocus
          data-testid="exante-opinion"
          {...fieldProps('exopinion', 'opinion', f)}
        />
        <FieldError scope="exopinion" field="opinion" failure={f} />
      </label>
      <div className="work-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={action.busy}
          data-testid="exante-opinion-submit"
        >
          {action.busy ? t('work.busy') : t('exante.giveOpinion')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

function SendToAgencyForm({
  project,
  agencies,
}: {
  project: ExAnteProject;
  agencies: readonly { id: string; name: string }[];
}) {
  const { t, lang } = useI18n();
  const [agencyId, setAgencyId] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const x = project.exAnteAssessment!;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = sendVariables(project.id, x.version, agencyId, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const agency = agencies.find((a) => a.id === agencyId)?.name ?? '';
    await action.run(
      () => action.client.mutate({ mutation: SEND_EX_ANTE_TO_AGENCY, variables }),
      () => t('exante.sent', { project: project.name, agency }),
    );
  };
  return (
    <form
      className="work-fieldset flag-card__form"
      onSubmit={(e) => void submit(e)}
      data-testid="exante-send-form"
      noValidate
    >
      <h4 className="work-subheading" style={{ marginTop: 4 }}>
        {t('exante.sendTitle')} <span className="work-hint">{t('exante.reassessmentHint')}</span>
      </h4>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <div className="flag-card__close">
        <label className="field">
          <span>{t('exante.sendAgency')}</span>
          <select
            value={agencyId}
            onChange={(e) => setAgencyId(e.target.value)}
            autoFocus
            data-testid="exante-agency-select"
            {...fieldProps('exsend', 'agencyId', f)}
          >
            <option value="">{t('exante.pickAgency')}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <FieldError scope="exsend" field="agencyId" failure={f} />
        </label>
        <button type="submit" className="button" disabled={action.busy} data-testid="exante-send">
          {t('exante.send')}
        </button>
      </div>
    </form>
  );
}

function ConcludeForm({
  project,
  onDone,
  autoFocus,
}: {
  project: ExAnteProject;
  onDone: () => void;
  autoFocus: boolean;
}) {
  const { t, lang } = useI18n();
  const [score, setScore] = useState('');
  const [conclusion, setConclusion] = useState<ExAnteConclusion | ''>('');
  const action = useWorkAction();
  const f = action.failure;
  const x = project.exAnteAssessment!;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = conclusionVariables(project.id, x.version, { score, conclusion }, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const done = await action.run(
      () => action.client.mutate({ mutation: CONCLUDE_EX_ANTE, variables }),
      () =>
        t('exante.concluded', {
          project: project.name,
          conclusion: EX_ANTE_CONCLUSION_LABELS[variables.conclusion][lang],
        }),
    );
    if (done) onDone();
  };
  return (
    <form className="flag-card__form" onSubmit={(e) => void submit(e)} data-testid="exante-conclude-form" noValidate>
      <h4 className="work-subheading" style={{ marginTop: 4 }}>
        {t('exante.concludeFormTitle')}
      </h4>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <label className="field work-field">
        <span>{t('exante.scoreInput')}</span>
        <input
          inputMode="decimal"
          autoComplete="off"
          value={score}
          onChange={(e) => setScore(e.target.value)}
          autoFocus={autoFocus}
          data-testid="exante-score-input"
          {...fieldProps('exconclude', 'score', f)}
        />
        <FieldError scope="exconclude" field="score" failure={f} />
      </label>
      <ConclusionPicker
        scope="exconclude"
        name={`conclusion-${project.id}`}
        value={conclusion}
        onChange={setConclusion}
        failure={f}
      />
      <div className="work-form__actions">
        <button type="submit" className="button button--primary" disabled={action.busy} data-testid="exante-conclude">
          {action.busy ? t('work.busy') : t('exante.conclude')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * PERFORMANCE: first-reviewed and re-assessed assessments to score and conclude (large ones may go to an
 * agency first), and those waiting at an agency.
 */
export function ExAnteConcludeQueue() {
  const { t, lang } = useI18n();
  const { data, error } = useQuery(EX_ANTE_CONCLUDE_QUEUE);
  const [open, setOpen] = useState<string | null>(null);
  const rows = [...(data?.reassessed.edges ?? []), ...(data?.firstReviewed.edges ?? [])].map((e) => e.node);
  const waiting = (data?.atAgency.edges ?? []).map((e) => e.node);
  const picked = rows.find((p) => p.id === open) ?? null;
  const x = picked?.exAnteAssessment;
  const status = data ? 'ready' : error ? 'error' : 'loading';
  return (
    <div className="work-stack">
      <Panel
        title={t('exante.concludeTitle')}
        subtitle={t('exante.concludeSubtitle')}
        status={status}
        errorText={error ? errorMessage(error, t, lang) : undefined}
        minHeight={140}
        testId="panel-conclude-ex-ante"
      >
        <QueueTable
          rows={rows}
          open={open}
          onOpen={setOpen}
          emptyText={t('exante.concludeEmpty')}
          testId="exante-conclude-queue"
          caption={t('exante.concludeTitle')}
          extra={{
            key: 'status',
            header: t('exante.status'),
            width: '170px',
            cell: (p) => <StageBadge assessment={p.exAnteAssessment} code={p.code} />,
          }}
        />
        {data && truncatedNote(t, rows.length, data.firstReviewed.totalCount + data.reassessed.totalCount)}
        {picked && x && (
          <AssessmentCard project={picked}>
            {canSendToAgency(x) && (
              <SendToAgencyForm key={`send-${picked.id}`} project={picked} agencies={data?.agencies ?? []} />
            )}
            <ConcludeForm
              key={picked.id}
              project={picked}
              onDone={() => setOpen(null)}
              autoFocus={!canSendToAgency(x)}
            />
          </AssessmentCard>
        )}
      </Panel>
      <Panel
        title={t('exante.atAgencyTitle')}
        status={status}
        errorText={error ? errorMessage(error, t, lang) : undefined}
        minHeight={80}
        testId="panel-ex-ante-at-agency"
      >
        <DataTable
          caption={t('exante.atAgencyTitle')}
          rows={waiting}
          rowKey={(p) => p.id}
          status={waiting.length ? 'ready' : 'empty'}
          emptyText={t('exante.atAgencyEmpty')}
          testId="exante-at-agency"
          columns={[
            {
              key: 'unit',
              header: t('exante.unit'),
              width: '150px',
              cell: (p) => <span title={p.unit?.name}>{p.unit?.name ?? '—'}</span>,
            },
            { key: 'project', header: t('exante.project'), cell: (p) => <span title={p.name}>{projectLabel(p)}</span> },
            {
              key: 'budget',
              header: t('exante.budget'),
              width: '100px',
              align: 'right',
              cell: (p) => <Money yuan={p.budget} />,
            },
            {
              key: 'agency',
              header: t('exante.agency'),
              width: '200px',
              cell: (p) => (
                <span title={p.exAnteAssessment?.agency?.name}>{p.exAnteAssessment?.agency?.name ?? '—'}</span>
              ),
            },
            {
              key: 'sent',
              header: t('exante.sentOnHeader'),
              width: '96px',
              cell: (p) => p.exAnteAssessment?.agencySentOn ?? '—',
            },
          ]}
        />
      </Panel>
    </div>
  );
}

function AgencyReassessForm({ project, onDone }: { project: ExAnteProject; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [conclusion, setConclusion] = useState<ExAnteConclusion | ''>('');
  const [opinion, setOpinion] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const x = project.exAnteAssessment!;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = agencyVariables(project.id, x.version, { conclusion, opinion }, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const done = await action.run(
      () => action.client.mutate({ mutation: SUBMIT_AGENCY_EX_ANTE, variables }),
      () => t('exante.agencySubmitted', { project: project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="flag-card__form" onSubmit={(e) => void submit(e)} data-testid="exante-agency-form" noValidate>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <ConclusionPicker
        scope="exagency"
        name={`agency-conclusion-${project.id}`}
        value={conclusion}
        onChange={setConclusion}
        failure={f}
        autoFocus
      />
      <label className="field">
        <span>
          {t('exante.agencyOpinionInput')} <span className="work-hint">{t('exante.agencyOpinionHint')}</span>
        </span>
        <textarea
          rows={3}
          value={opinion}
          onChange={(e) => setOpinion(e.target.value)}
          data-testid="exante-agency-opinion-input"
          {...fieldProps('exagency', 'opinion', f)}
        />
        <FieldError scope="exagency" field="opinion" failure={f} />
      </label>
      <div className="work-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={action.busy}
          data-testid="exante-agency-submit"
        >
          {action.busy ? t('work.busy') : t('exante.submitAgency')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

/** AGENCY: the assessments sent to it, each read and given a conclusion and opinion; those answered beside. */
export function ExAnteReassessQueue() {
  const { t, lang } = useI18n();
  const pending = useQuery(EX_ANTE_QUEUE, { variables: { status: 'AGENCY_REVIEW' } });
  const answered = useQuery(EX_ANTE_QUEUE, { variables: { status: 'AGENCY_REVIEWED' } });
  const [open, setOpen] = useState<string | null>(null);
  const rows = (pending.data?.projects.edges ?? []).map((e) => e.node);
  const done = (answered.data?.projects.edges ?? []).map((e) => e.node);
  const picked = rows.find((p) => p.id === open) ?? null;
  return (
    <div className="work-stack">
      <Panel
        title={t('exante.reassessTitle')}
        subtitle={t('exante.reassessSubtitle')}
        status={pending.data ? 'ready' : pending.error ? 'error' : 'loading'}
        errorText={pending.error ? errorMessage(pending.error, t, lang) : undefined}
        minHeight={140}
        testId="panel-reassess-ex-ante"
      >
        <QueueTable
          rows={rows}
          open={open}
          onOpen={setOpen}
          emptyText={t('exante.reassessEmpty')}
          testId="exante-reassess-queue"
          caption={t('exante.reassessTitle')}
        />
        {pending.data && truncatedNote(t, rows.length, pending.data.projects.totalCount)}
        {picked && (
          <AssessmentCard project={picked}>
            <AgencyReassessForm key={picked.id} project={picked} onDone={() => setOpen(null)} />
          </AssessmentCard>
        )}
      </Panel>
      <Panel
        title={t('exante.answeredTitle')}
        status={answered.data ? 'ready' : answered.error ? 'error' : 'loading'}
        errorText={answered.error ? errorMessage(answered.error, t, lang) : undefined}
        minHeight={80}
        testId="panel-ex-ante-answered"
      >
        <DataTable
          caption={t('exante.answeredTitle')}
          rows={done}
          rowKey={(p) => p.id}
          status={done.length ? 'ready' : 'empty'}
          emptyText={t('exante.answeredEmpty')}
          testId="exante-answered"
          columns={[
            {
              key: 'unit',
              header: t('exante.unit'),
              width: '150px',
              cell: (p) => <span title={p.unit?.name}>{p.unit?.name ?? '—'}</span>,
            },
            { key: 'project', header: t('exante.project'), cell: (p) => <span title={p.name}>{projectLabel(p)}</span> },
            {
              key: 'budget',
              header: t('exante.budget'),
              width: '100px',
              align: 'right',
              cell: (p) => <Money yuan={p.budget} />,
            },
            {
              key: 'conclusion',
              header: t('exante.agencyConclusion'),
              width: '110px',
              cell: (p) => <ConclusionBadge conclusion={p.exAnteAssessment?.agencyConclusion} />,
            },
          ]}
        />
      </Panel>
    </div>
  );
}
