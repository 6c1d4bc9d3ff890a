import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, useWorkAction } from '../../work';
import { CLOSE_FLAG } from '../graphql/flag-work.graphql';
import { FlagHeader, FlagHistory, type WorkFlag } from './FlagCardPieces';

/** The performance section closes (销号) a flag once the unit's plan and evidence are in. */
export function CloseCard({
  flag,
  onClosed,
}: {
  flag: WorkFlag;
  onClosed: (flag: WorkFlag, closedOn: string) => void;
}) {
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
      <FlagHistory flag={flag} />
    </article>
  );
}
