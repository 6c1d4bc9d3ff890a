import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { QuarterlyReportFieldsFragment } from '../../../generated/graphql';
import { FailureBanner, FormActions, RowButton, TextField, useWorkAction } from '../../work';
import {
  ACCEPT_QUARTERLY_REPORT,
  QUARTERLY_REPORTS,
  REPORTING_REGIONS,
  RETURN_QUARTERLY_REPORT,
} from '../graphql/quarterly.graphql';
import { QuarterlyReportCard } from './QuarterlyReportCard';

/** The upper level's answer to one submitted report: return it with comments, or mark it received. */
function ReturnForm({ report }: { report: QuarterlyReportFieldsFragment }) {
  const { t } = useI18n();
  const action = useWorkAction();
  const [comment, setComment] = useState('');
  const key = `${report.year}-${report.quarter}`;
  const send = async (e: FormEvent) => {
    e.preventDefault();
    await action.run(
      () =>
        action.client.mutate({
          mutation: RETURN_QUARTERLY_REPORT,
          variables: { id: report.id, comment, version: report.version },
        }),
      () => t('quarterly.returned'),
    );
  };
  const accept = () =>
    action.run(
      () =>
        action.client.mutate({
          mutation: ACCEPT_QUARTERLY_REPORT,
          variables: { id: report.id, version: report.version },
        }),
      () => t('quarterly.accepted'),
    );
  return (
    <form className="work-form" onSubmit={(e) => void send(e)} data-testid={`quarterly-return-form-${key}`}>
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <TextField
        label={t('quarterly.comment')}
        scope={`quarterly-return-${key}`}
        field="comment"
        failure={action.failure}
        value={comment}
        onChange={setComment}
        rows={3}
        maxLength={2000}
        testId={`quarterly-comment-${key}`}
      />
      <FormActions busy={action.busy} submit={t('quarterly.return')} submitTestId={`quarterly-return-${key}`} danger>
        <RowButton testId={`quarterly-accept-${key}`} disabled={action.busy} onClick={() => void accept()}>
          {t('quarterly.accept')}
        </RowButton>
      </FormActions>
    </form>
  );
}

/** 自治州: the quarterly reports of its counties, one county or all, each with its history. */
export function ReceivedReportsPanel() {
  const { t } = useI18n();
  const [regionId, setRegionId] = useState('');
  const regions = useQuery(REPORTING_REGIONS);
  const reports = useQuery(QUARTERLY_REPORTS, { variables: { regionId: regionId || null } });
  const list = reports.data?.quarterlyReports ?? [];
  return (
    <Panel
      title={t('quarterly.received')}
      subtitle={t('quarterly.receivedSub')}
      status={reports.data ? (list.length ? 'ready' : 'empty') : reports.error ? 'error' : 'loading'}
      emptyText={t('quarterly.noReports')}
      minHeight={0}
      testId="panel-quarterly-received"
      actions={
        <select
          className="input input--small"
          aria-label={t('quarterly.county')}
          data-testid="quarterly-county"
          value={regionId}
          onChange={(e) => setRegionId(e.target.value)}
        >
          <option value="">{t('quarterly.allCounties')}</option>
          {(regions.data?.reportingRegions ?? []).map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      }
    >
      {list.map((r) => (
        <QuarterlyReportCard key={r.id} report={r}>
          {r.status === 'SUBMITTED' && <ReturnForm report={r} />}
        </QuarterlyReportCard>
      ))}
    </Panel>
  );
}
