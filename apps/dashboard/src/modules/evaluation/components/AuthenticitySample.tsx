import { useState } from 'react';
import { DataTable } from '@jixiao/ui/data-table';
import { formatRate, formatShare } from '@jixiao/ui/format';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { sampleProgress } from '../department-form';
import { AuthenticityCheckForm, VetoResult } from './AuthenticityCheckForm';
import { projectLabel, RESULT_TONE, type Check, type Checked, type Sample } from './AuthenticityPieces';
import { GradeBadge } from './GradePieces';
import { unitColumn } from '../../../app/components/table-columns';
import { RowButton } from '../../work';

/** The year's sample: how it was drawn, how far the checks are, and each check to record. */
export function AuthenticitySample({ sample, minShare }: { sample: Sample; minShare: number }) {
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
        <AuthenticityCheckForm
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
            unitColumn(t('auth.unit'), '150px', (c: Check) => c.evaluation?.unit),
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
                  <RowButton
                    primary
                    ariaLabel={`${t('auth.record')} ${projectLabel(c)}`}
                    onClick={() => {
                      setVeto(null);
                      setChecking(c.id);
                    }}
                    testId={`auth-record-${c.evaluation?.project?.code ?? c.position}`}
                  >
                    {t('auth.record')}
                  </RowButton>
                ) : null,
            },
          ]}
        />
      )}
    </>
  );
}
