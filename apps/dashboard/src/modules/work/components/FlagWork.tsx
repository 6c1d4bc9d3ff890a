import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useI18n } from '../../../app/i18n/i18n';
import { checkpointName } from '../../../app/i18n/translate';
import type { MessageKey } from '../../../app/i18n/messages';
import type { WorkFlagsQuery } from '../../../generated/graphql';
import { ADD_FLAG_EVIDENCE, CLOSE_FLAG, SET_FLAG_PLAN, WORK_FLAGS } from '../graphql/flags.graphql';
import { useWorkAction } from '../hooks/useWorkAction';
import { FailureBanner, FieldError, fieldProps } from './FormPieces';

type WorkFlag = WorkFlagsQuery['flags']['edges'][number]['node'];

function FlagHeader({ flag }: { flag: WorkFlag }) {
  const { t } = useI18n();
  return (
    <header className="flag-card__header">
      <span className={`badge badge--flag-${flag.level.toLowerCase()}`}>{t(`flags.level.${flag.level}`)}</span>
      <strong title={flag.project?.name}>
        {flag.project?.code} {flag.project?.name}
      </strong>
      <span className="muted">{flag.project?.unit?.name}</span>
      {flag.raisedAt && (
        <span className="muted">
          {t('flagwork.raisedAt', { checkpoint: `${flag.raisedAt.year} ${checkpointName(t, flag.raisedAt.month)}` })}
        </span>
      )}
      <span className={flag.daysOverdue > 0 ? 'todo__late' : 'muted'}>
        {t('flagwork.deadline', { date: flag.deadline })}
        {flag.daysOverdue > 0 ? ` · ${t('flagwork.overdue', { days: flag.daysOverdue })}` : ''}
      </span>
    </header>
  );
}

function History({ flag }: { flag: WorkFlag }) {
  const { t } = useI18n();
  if (!flag.events.length) return null;
  return (
    <details className="flag-card__history">
      <summary>{t('flagwork.history')}</summary>
      <ol>
        {flag.events.map((e, i) => (
          <li key={i}>
            <time dateTime={e.occurredOn}>{e.occurredOn}</time> {t(`flagwork.event.${e.kind}` as MessageKey)}{' '}
            {e.note && <span className="muted">{e.note}</span>}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** A unit's rectification of one flag: owner and plan, then the evidence. */
function RectifyCard({ flag }: { flag: WorkFlag }) {
  const { t } = useI18n();
  const [owner, setOwner] = useState(flag.ownerName);
  const [plan, setPlan] = useState(flag.rectificationPlan);
  const [evidence, setEvidence] = useState(flag.evidence);
  const planAction = useWorkAction();
  const evidenceAction = useWorkAction();
  const scope = `flag-${flag.id}`;
  const code = flag.project?.code ?? flag.id;
  return (
    <article className="flag-card" data-testid={`rectify-${code}`}>
      <FlagHeader flag={flag} />
      <form
        className="flag-card__form"
        onSubmit={(e) => {
          e.preventDefault();
          void planAction.run(
            () =>
              planAction.client.mutate({
                mutation: SET_FLAG_PLAN,
                variables: { id: flag.id, version: flag.version, ownerName: owner, rectificationPlan: plan },
              }),
            () => t('flagwork.planSaved'),
          );
        }}
      >
        <FailureBanner failure={planAction.failure} onReload={() => void planAction.reload()} />
        <label className="field">
          <span>{t('flagwork.owner')}</span>
          <input
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
            data-testid="flag-owner"
            {...fieldProps(scope, 'ownerName', planAction.failure)}
          />
          <FieldError scope={scope} field="ownerName" failure={planAction.failure} />
        </label>
        <label className="field">
          <span>{t('flagwork.plan')}</span>
          <textarea
            rows={3}
            value={plan}
            onChange={(e) => setPlan(e.target.value)}
            data-testid="flag-plan"
            {...fieldProps(scope, 'rectificationPlan', planAction.failure)}
          />
          <FieldError scope={scope} field="rectificationPlan" failure={planAction.failure} />
        </label>
        <div className="work-form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={planAction.busy}
            data-testid="flag-save-plan"
          >
            {t('flagwork.savePlan')}
          </button>
        </div>
      </form>
      <form
        className="flag-card__form"
        onSubmit={(e) => {
          e.preventDefault();
          void evidenceAction.run(
            () =>
              evidenceAction.client.mutate({
                mutation: ADD_FLAG_EVIDENCE,
                variables: { id: flag.id, version: flag.version, evidence },
              }),
            () => t('flagwork.evidenceSaved'),
          );
        }}
      >
        <FailureBanner failure={evidenceAction.failure} onReload={() => void evidenceAction.reload()} />
        <label className="field">
          <span>{t('flagwork.evidence')}</span>
          <textarea
            rows={3}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
            data-testid="flag-evidence"
            {...fieldProps(scope, 'evidence', evidenceAction.failure)}
          />
          <FieldError scope={scope} field="evidence" failure={evidenceAction.failure} />
        </label>
        <div className="work-form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={evidenceAction.busy}
            data-testid="flag-add-evidence"
          >
            {t('flagwork.addEvidence')}
          </button>
        </div>
      </form>
      <History flag={flag} />
    </article>
  );
}

/** The performance section closes (销号) a flag once the unit's plan and evidence are in. */
function CloseCard({ flag, onClosed }: { flag: WorkFlag; onClosed: (flag: WorkFlag, closedOn: string) => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const action = useWorkAction();
  const ready = !!flag.rectificationPlan.trim() && !!flag.evidence.trim();
  const code = flag.project?.code ?? flag.id;
  return (
    <article className="flag-card" data-testid={`close-${code}`} data-ready={ready}>
      <FlagHeader flag={flag} />
      <dl className="flag-card__facts">
        <dt>{t('flagwork.owner')}</dt>
        <dd>{flag.ownerName || '—'}</dd>
        <dt>{t('flagwork.plan')}</dt>
        <dd>{flag.rectificationPlan || <span className="muted">{t('flagwork.noPlan')}</span>}</dd>
        <dt>{t('flagwork.evidence')}</dt>
        <dd>{flag.evidence || <span className="muted">{t('flagwork.noEvidence')}</span>}</dd>
      </dl>
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      {ready ? (
        <form
          className="flag-card__close"
          onSubmit={(e) => {
            e.preventDefault();
            void action
              .run(
                () =>
                  action.client.mutate({
                    mutation: CLOSE_FLAG,
                    variables: { id: flag.id, version: flag.version, note },
                  }),
                () => t('flagwork.closed', { project: flag.project?.name ?? '' }),
              )
              .then((res) => {
                if (res?.data) onClosed(flag, res.data.closeFlag.closedOn ?? '');
              });
          }}
        >
          <label className="field">
            <span>{t('flagwork.note')}</span>
            <input value={note} onChange={(e) => setNote(e.target.value)} data-testid="flag-close-note" />
          </label>
          <button type="submit" className="button button--primary" disabled={action.busy} data-testid="flag-close">
            {t('flagwork.close')}
          </button>
        </form>
      ) : (
        <p className="muted">{t('flagwork.notReady')}</p>
      )}
      <History flag={flag} />
    </article>
  );
}

/** Open flags in scope: the unit rectifies them, the performance section closes them. */
export function FlagWork({ mode, year }: { mode: 'rectify' | 'close'; year: number }) {
  const { t, lang } = useI18n();
  const { data, loading, error } = useQuery(WORK_FLAGS, { variables: { status: 'OPEN', year } });
  const [closed, setClosed] = useState<{ flag: WorkFlag; closedOn: string }[]>([]);
  const flags = (data?.flags.edges ?? []).map((e) => e.node);
  // Ready to close first: that is the work waiting.
  const ordered =
    mode === 'close'
      ? [...flags].sort(
          (a, b) =>
            Number(!!b.evidence.trim() && !!b.rectificationPlan.trim()) -
            Number(!!a.evidence.trim() && !!a.rectificationPlan.trim()),
        )
      : flags;
  return (
    <Panel
      title={mode === 'rectify' ? t('flagwork.title') : t('flagwork.closeTitle')}
      subtitle={`${mode === 'rectify' ? t('flagwork.subtitle') : t('flagwork.closeSubtitle')}${data ? ` · ${t('flags.count', { count: data.flags.totalCount })}` : ''}`}
      status={
        data ? (flags.length || closed.length ? 'ready' : 'empty') : error ? 'error' : loading ? 'loading' : 'loading'
      }
      errorText={error ? errorMessage(error, t, lang) : undefined}
      emptyText={t('flagwork.empty')}
      minHeight={160}
      testId={mode === 'rectify' ? 'panel-rectify' : 'panel-close-flags'}
    >
      {closed.length > 0 && (
        <div className="work-closed" data-testid="closed-flags">
          <h3 className="work-subheading">{t('flagwork.recentlyClosed')}</h3>
          <ul>
            {closed.map(({ flag, closedOn }) => (
              <li key={flag.id} data-testid={`closed-${flag.project?.code ?? flag.id}`}>
                <span className="badge badge--grade-excellent">{t('flagwork.status.CLOSED')}</span> {flag.project?.code}{' '}
                {flag.project?.name} <span className="muted">{closedOn}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="flag-cards">
        {ordered.map((f) =>
          mode === 'rectify' ? (
            <RectifyCard key={`${f.id}-${f.version}`} flag={f} />
          ) : (
            <CloseCard
              key={`${f.id}-${f.version}`}
              flag={f}
              onClosed={(flag, closedOn) => setClosed((list) => [...list, { flag, closedOn }])}
            />
          ),
        )}
      </div>
    </Panel>
  );
}
