import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { usePanelStatus } from '../../work';
import { WORK_FLAGS } from '../graphql/flag-work.graphql';
import { CloseCard } from './CloseCard';
import type { WorkFlag } from './FlagCardPieces';
import { RectifyCard } from './RectifyCard';

/** Open flags in scope: the unit rectifies them, the performance section closes them. */
export function FlagWork({ mode, year }: { mode: 'rectify' | 'close'; year: number }) {
  const { t } = useI18n();
  const { data, error } = useQuery(WORK_FLAGS, { variables: { status: 'OPEN', year } });
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
      {...usePanelStatus(data, error, !flags.length && !closed.length)}
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
