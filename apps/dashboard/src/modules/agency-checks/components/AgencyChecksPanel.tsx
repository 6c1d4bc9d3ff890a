import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { RowButton } from '../../work';
import { AGENCY_CHECKS, AGENCY_WORK } from '../graphql/agency-checks.graphql';
import { ConcludeForm, DrawForm, TargetedForm } from './CheckForms';
import { ChecksTable, type CheckRow } from './ChecksTable';

/**
 * The performance section's checks of agencies' work of a year (DOMAIN.md §7): a targeted check of one
 * evaluation on a lead, a random draw made by the server, and the conclusion of each open check.
 */
export function AgencyChecksPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const checks = useQuery(AGENCY_CHECKS, { variables: { year } });
  const work = useQuery(AGENCY_WORK);
  const rows = checks.data?.agencyChecks ?? [];
  const agencies = work.data?.agencies ?? [];
  const [concluding, setConcluding] = useState<CheckRow | null>(null);
  return (
    <Panel
      title={t('checks.title', { year })}
      subtitle={t('checks.subtitle')}
      status={checks.data ? 'ready' : checks.error ? 'error' : 'loading'}
      onRetry={() => void checks.refetch().catch(() => undefined)}
      retryLabel={t('common.retry')}
      minHeight={0}
      testId="panel-agency-checks"
    >
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: 16 }}>
        <TargetedForm key={`t-${year}`} year={year} agencies={agencies} />
        <DrawForm key={`d-${year}`} year={year} agencies={agencies} />
      </div>
      <ChecksTable
        caption={t('checks.title', { year })}
        rows={rows}
        showAgency
        testId="checks-table"
        action={(c) =>
          c.status === 'OPEN' ? (
            <RowButton
              testId={`check-conclude-${c.id}`}
              expanded={concluding?.id === c.id}
              onClick={() => setConcluding(concluding?.id === c.id ? null : c)}
            >
              {t('checks.conclude')}
            </RowButton>
          ) : null
        }
      />
      {concluding && <ConcludeForm key={concluding.id} check={concluding} onDone={() => setConcluding(null)} />}
    </Panel>
  );
}
