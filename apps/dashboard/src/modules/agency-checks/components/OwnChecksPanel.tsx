import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useYears } from '../../../app/analytics/years';
import { useI18n } from '../../../app/i18n/i18n';
import { usePanelStatus } from '../../work';
import { AGENCY_CHECKS } from '../graphql/agency-checks.graphql';
import { ChecksTable } from './ChecksTable';

/** An agency's home: the checks of its own work of a year (the server shows it no other agency's). */
export function OwnChecksPanel() {
  const { t } = useI18n();
  const { years, defaultYear } = useYears();
  const [year, setYear] = useState(defaultYear);
  const { data, error, refetch } = useQuery(AGENCY_CHECKS, { variables: { year } });
  const rows = data?.agencyChecks ?? [];
  return (
    <Panel
      title={t('checks.ownTitle')}
      subtitle={t('checks.ownSubtitle')}
      {...usePanelStatus(data, error, false)}
      onRetry={() => void refetch().catch(() => undefined)}
      retryLabel={t('common.retry')}
      minHeight={0}
      testId="panel-own-checks"
      actions={
        <select
          className="input input--small"
          aria-label={t('detail.eval.year')}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          data-testid="own-checks-year"
        >
          {[...years].reverse().map((y) => (
            <option key={y} value={y}>
              {t('common.yearOption', { year: y })}
            </option>
          ))}
        </select>
      }
    >
      <ChecksTable caption={t('checks.ownTitle')} rows={rows} showAgency={false} testId="own-checks-table" />
    </Panel>
  );
}
