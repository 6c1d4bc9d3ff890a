import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { formatRate, formatShare } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { GRADE_LABELS } from '@jixiao/schema/enums';
import type {
  RecordAuthenticityResultMutation,
  WorkAuthenticitySampleFieldsFragment,
} from '../../../generated/graphql';
import {
  AUTHENTICITY_NEIGHBOURS,
  AUTHENTICITY_SAMPLE,
  DRAW_AUTHENTICITY_SAMPLE,
  RECORD_AUTHENTICITY_RESULT,
} from '../graphql/authenticity.graphql';
import { useWorkAction } from '../hooks/useWorkAction';
import { defaultSeed, pendingSamples, ruleShare, sampleProgress, seedVariable } from '../department-form';
import { GradeBadge } from './GradePieces';
import { FailureBanner, FieldError, fieldProps, OtherYears } from './FormPieces';

type Sample = WorkAuthenticitySampleFieldsFragment;
type Check = Sample['checks'][number];
type Checked = RecordAuthenticityResultMutation['recordAuthenticityResult'];

const RESULT_TONE: Record<string, string> = { PENDING: 'none', PASSED: 'confirmed', FAILED: 'draft' };

function projectLabel(check: Check): string {
  const p = check.evaluation?.project;
  return p ? `${p.code} ${p.name}` : '';
}

/** No sample yet: draw it with a seed the reader can keep or change; the seed is recorded with the sample. */
function DrawForm({ year, population, minShare }: { year: number; population: number; minShare: number }) {
  const { t, lang } = useI18n();
  const [seed, setSeed] = useState(() => defaultSeed(new Date(), lang));
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = seedVariable(seed, lang);
    if (built.seed === null) {
      action.reject(built.fields);
      return;
    }
    const variables = { year, seed: built.seed };
    await action.run(
      () => action.client.mutate({ mutation: DRAW_AUTHENTICITY_SAMPLE, variables }),
      (r) => t('auth.drawn', { year, size: r.data?.drawAuthenticitySample.checks.length ?? 0 }),
    );
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="auth-draw-form" noValidate>
      <h3 className="work-form__title">{t('auth.drawTitle', { year })}</h3>
      <p className="muted" data-testid="auth-none">
        {t('auth.none')} {t('auth.drawPopulation', { count: population, share: formatRate(minShare) })}
      </p>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <label className="field work-field">
        <span>{t('auth.seed')}</span>
        <input
          value={seed}
          maxLength={100}
          autoComplete="off"
          onChange={(e) => setSeed(e.target.value)}
          data-testid="auth-seed-input"
          {...fieldProps('auth', 'seed', f)}
        />
        <span className="work-hint">{t('auth.seedHint')}</span>
        <FieldError scope="auth" field="seed" failure={f} />
      </label>
      <FieldError scope="auth" field="year" failure={f} />
      <div className="work-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={action.busy || population === 0}
          data-testid="auth-draw"
        >
          {action.busy ? t('work.busy') : t('auth.draw')}
        </button>
      </div>
    </form>
  );
}

/** The result of one check: passed, or failed with the findings (a veto). */
function CheckForm({
  check,
  onDone,
  onCancel,
}: {
  check: Check;
  onDone: (evaluation: Checked, passed: boolean) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const project = projectLabel(check);
  const record = async (passed: boolean) => {
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: RECORD_AUTHENTICITY_RESULT,
          variables: { id: check.id, passed, note: note.trim(), version: check.version },
        }),
      (r) => {
        const grade = r.data?.recordAuthenticityResult.grade;
        const label = grade
          ? ((GRADE_LABELS as Record<string, { zh: string; en: string } | undefined>)[grade]?.[lang] ?? grade)
          : '—';
        return passed ? t('auth.passed', { project }) : t('auth.failed', { project, grade: label });
      },
    );
    if (done?.data) onDone(done.data.recordAuthenticityResult, passed);
  };
  return (
    <form className="work-form" onSubmit={(e) => e.preventDefault()} data-testid="auth-check-form" noValidate>
      <h3 className="work-form__title">{t('auth.recordFor', { project })}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <p className="work-hint">
        {t('auth.score')} {check.evaluation?.score?.toFixed(2) ?? '—'} · {t('auth.grade')}{' '}
        <GradeBadge grade={check.evaluation?.grade} />
      </p>
      <label className="field">
        <span>{t('auth.noteLabel')}</span>
        <textarea
          rows={3}
          value={note}
          autoFocus
          onChange={(e) => setNote(e.target.value)}
          data-testid="auth-note"
          {...fieldProps('auth', 'note', f)}
        />
        <FieldError scope="auth" field="note" failure={f} />
      </label>
      <div className="work-form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={action.busy}
          onClick={() => void record(true)}
          data-testid="auth-pass"
        >
          {t('auth.pass')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={action.busy}
          onClick={() => void record(false)}
          data-testid="auth-fail"
        >
          {t('auth.fail')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('work.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The veto the server gave: the grade after the failed check, and the grade by score. */
function VetoResult({ evaluation }: { evaluation: Checked }) {
  const { t } = useI18n();
  const p = evaluation.project;
  return (
    <section className="eval-result" data-testid="auth-veto-result" aria-live="polite">
      <h3 className="work-form__title">{t('auth.resultTitle', { project: p ? `${p.code} ${p.name}` : '' })}</h3>
      <dl className="flag-card__facts">
        <dt>{t('auth.score')}</dt>
        <dd>{evaluation.score?.toFixed(2) ?? '—'}</dd>
        <dt>{t('auth.resultGrade')}</dt>
        <dd>
          <GradeBadge grade={evaluation.grade} testId="auth-veto-grade" />
          {evaluation.uncappedGrade && evaluation.uncappedGrade !== evaluation.grade && (
            <span className="muted">
              {' '}
              {t('dept.byScore')} <GradeBadge grade={evaluation.uncappedGrade} />
            </span>
          )}
        </dd>
      </dl>
    </section>
  );
}

function SampleView({ sample, minShare }: { sample: Sample; minShare: number }) {
  const { t } = useI18n();
  const [checking, setChecking] = useState<string | null>(null);
  const [veto, setVeto] = useState<Checked | null>(null);
  const progress = sampleProgress(sample.checks);
  const check = sample.checks.find((c) => c.id === checking && c.result === 'PENDING') ?? null;
  return (
    <>
      <section className="eval-result" data-testid="auth-facts">
        <h3 className="work-form__title">{t('auth.facts')}</h3>
        <dl className="flag-card__facts">
          <dt>{t('auth.seed')}</dt>
          <dd>
            <code data-testid="auth-seed">{sample.seed}</code>
            <span className="work-hint"> {t('auth.seedHint')}</span>
          </dd>
          <dt>{t('auth.population')}</dt>
          <dd data-testid="auth-population" data-value={sample.population}>
            {sample.population} {t('auth.items')}
          </dd>
          <dt>{t('auth.size')}</dt>
          <dd data-testid="auth-size" data-value={progress.size}>
            {progress.size} {t('auth.items')} · {t('auth.shareOf')} {formatShare(progress.size, sample.population)}
            <span className="muted">
              {' '}
              （{t('auth.minimum')} {t('auth.minimumValue', { share: formatRate(minShare) })}）
            </span>
          </dd>
          <dt>{t('auth.progress')}</dt>
          <dd data-testid="auth-progress">
            {t('auth.progressValue', { done: progress.done, size: progress.size, failed: progress.failed })}
          </dd>
        </dl>
      </section>
      {veto && <VetoResult evaluation={veto} />}
      {check ? (
        <CheckForm
          key={check.id}
          check={check}
          onCancel={() => setChecking(null)}
          onDone={(evaluation, passed) => {
            setVeto(passed ? null : evaluation);
            setChecking(null);
          }}
        />
      ) : (
        <DataTable
          caption={t('auth.checks')}
          rows={sample.checks}
          rowKey={(c) => c.id}
          status={sample.checks.length ? 'ready' : 'empty'}
          testId="auth-checks"
          columns={[
            { key: 'position', header: t('auth.position'), width: '48px', align: 'right', cell: (c) => c.position },
            {
              key: 'project',
              header: t('auth.project'),
              cell: (c) =>
                c.evaluation?.project ? (
                  <span title={c.evaluation.project.name}>{projectLabel(c)}</span>
                ) : (
                  <span className="muted">{t('auth.noEvaluation')}</span>
                ),
            },
            {
              key: 'unit',
              header: t('auth.unit'),
              width: '150px',
              cell: (c) => <span title={c.evaluation?.unit?.name}>{c.evaluation?.unit?.name ?? '—'}</span>,
            },
            {
              key: 'score',
              header: t('auth.score'),
              width: '76px',
              align: 'right',
              cell: (c) => c.evaluation?.score?.toFixed(2) ?? '—',
            },
            {
              key: 'grade',
              header: t('auth.grade'),
              width: '136px',
              cell: (c) => (
                <span className="row-actions">
                  <GradeBadge
                    grade={c.evaluation?.grade}
                    testId={`auth-grade-${c.evaluation?.project?.code ?? c.position}`}
                  />
                  {c.evaluation?.authenticityFailed && (
                    <span className="badge badge--cap-applied">{t('auth.vetoed')}</span>
                  )}
                </span>
              ),
            },
            {
              key: 'result',
              header: t('auth.result'),
              width: '84px',
              cell: (c) => (
                <span
                  className={`badge badge--state-${RESULT_TONE[c.result] ?? 'none'}`}
                  title={c.note || undefined}
                  data-testid={`auth-result-${c.evaluation?.project?.code ?? c.position}`}
                  data-result={c.result}
                >
                  {t(`auth.result.${c.result}` as MessageKey)}
                </span>
              ),
            },
            {
              key: 'note',
              header: t('auth.note'),
              width: '130px',
              cell: (c) => <span title={c.note}>{c.note || <span className="muted">—</span>}</span>,
            },
            {
              key: 'actions',
              header: t('work.actions'),
              width: '90px',
              cell: (c) =>
                c.result === 'PENDING' ? (
                  <button
                    type="button"
                    className="button button--small button--primary"
                    onClick={() => {
                      setVeto(null);
                      setChecking(c.id);
                    }}
                    aria-label={`${t('auth.record')} ${projectLabel(c)}`}
                    data-testid={`auth-record-${c.evaluation?.project?.code ?? c.position}`}
                  >
                    {t('auth.record')}
                  </button>
                ) : null,
            },
          ]}
        />
      )}
    </>
  );
}

/**
 * 真实性核查 (performance section): the year's sample of final self-evaluations — draw it with a recorded
 * seed if there is none — and each check's result; a failed check vetoes the grade (the server's rules).
 */
export function AuthenticityPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const { data, loading, error } = useQuery(AUTHENTICITY_SAMPLE, { variables: { year } });
  const sample = data?.authenticitySample ?? null;
  const minShare = ruleShare(data?.ruleSet.rules, 'authenticity');
  const neighbours = useQuery(AUTHENTICITY_NEIGHBOURS, { variables: { previous: year - 1, next: year + 1 } });
  const elsewhere = pendingSamples([neighbours.data?.previous, neighbours.data?.next]);
  return (
    <Panel
      title={t('auth.title', { year })}
      subtitle={t('auth.subtitle')}
      status={data ? 'ready' : error ? 'error' : loading ? 'loading' : 'loading'}
      errorText={error ? errorMessage(error, t, lang) : undefined}
      minHeight={160}
      testId="panel-authenticity"
    >
      <OtherYears
        tab="authenticity"
        years={elsewhere}
        lead={t('auth.otherYears')}
        label={(y) => t('auth.otherYear', { year: y.year, count: y.count })}
        testId="auth-other-years"
      />
      {data &&
        (sample ? (
          <SampleView key={year} sample={sample} minShare={minShare} />
        ) : (
          <DrawForm key={year} year={year} population={data.finalSelfEvaluations.totalCount} minShare={minShare} />
        ))}
    </Panel>
  );
}
