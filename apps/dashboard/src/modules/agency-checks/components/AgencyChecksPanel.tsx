import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FieldError, FormActions, RowButton, TextField, fieldProps, useWorkAction } from '../../work';
import {
  AGENCY_CHECKS,
  AGENCY_WORK,
  CONCLUDE_CHECK,
  DRAW_RANDOM_CHECK,
  RECORD_TARGETED_CHECK,
} from '../graphql/agency-checks.graphql';
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

type Agencies = readonly {
  id: string;
  code: string;
  name: string;
  evaluations: readonly {
    id: string;
    year: number;
    project?: { code: string; name: string } | null;
    unit?: { name: string } | null;
  }[];
}[];

function TargetedForm({ year, agencies }: { year: number; agencies: Agencies }) {
  const { t } = useI18n();
  const action = useWorkAction();
  const [agencyId, setAgencyId] = useState('');
  const [subjectId, setSubjectId] = useState('');
  const [lead, setLead] = useState('');
  const work = agencies.find((a) => a.id === agencyId)?.evaluations.filter((e) => e.year === year) ?? [];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: RECORD_TARGETED_CHECK,
          variables: { input: { year, subjectId, leadSource: lead } },
        }),
      () => t('checks.recorded'),
    );
    if (done) {
      setSubjectId('');
      setLead('');
    }
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} noValidate data-testid="check-targeted-form">
      <h3>{t('checks.targeted')}</h3>
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <label className="field">
        <span>{t('checks.agency')}</span>
        <select
          className="input"
          value={agencyId}
          onChange={(e) => {
            setAgencyId(e.target.value);
            setSubjectId('');
          }}
          data-testid="check-agency"
        >
          <option value="">{t('checks.pickAgency')}</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('checks.subject')}</span>
        <select
          className="input"
          value={subjectId}
          onChange={(e) => setSubjectId(e.target.value)}
          disabled={!agencyId}
          data-testid="check-subject"
          {...fieldProps('check', 'subjectId', action.failure)}
        >
          <option value="">{agencyId && work.length === 0 ? t('checks.noWork') : t('checks.pickSubject')}</option>
          {work.map((e) => (
            <option key={e.id} value={e.id}>
              {e.project ? `${e.project.code} ${e.project.name}` : (e.unit?.name ?? e.id)}
            </option>
          ))}
        </select>
        <FieldError scope="check" field="subjectId" failure={action.failure} />
      </label>
      <TextField
        label={t('checks.leadSource')}
        hint={t('checks.leadHint')}
        scope="check"
        field="leadSource"
        failure={action.failure}
        value={lead}
        onChange={setLead}
        rows={2}
        maxLength={2000}
        testId="check-lead"
      />
      <FormActions busy={action.busy} submit={t('checks.record')} submitTestId="check-record" />
    </form>
  );
}

function DrawForm({ year, agencies }: { year: number; agencies: Agencies }) {
  const { t } = useI18n();
  const action = useWorkAction();
  const [agencyId, setAgencyId] = useState('');
  const [count, setCount] = useState('1');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await action.run(
      () =>
        action.client.mutate({
          mutation: DRAW_RANDOM_CHECK,
          variables: { year, agencyId: agencyId || null, count: Number(count) },
        }),
      (r) => t('checks.drawn', { count: r.data?.drawAgencyRandomCheck.length ?? 0 }),
    );
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} noValidate data-testid="check-draw-form">
      <h3>{t('checks.random')}</h3>
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <label className="field">
        <span>{t('checks.agency')}</span>
        <select
          className="input"
          value={agencyId}
          onChange={(e) => setAgencyId(e.target.value)}
          data-testid="draw-agency"
          {...fieldProps('draw', 'agencyId', action.failure)}
        >
          <option value="">{t('checks.allAgencies')}</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <FieldError scope="draw" field="agencyId" failure={action.failure} />
        <FieldError scope="draw" field="year" failure={action.failure} />
      </label>
      <label className="field">
        <span>{t('checks.count')}</span>
        <select
          className="input"
          value={count}
          onChange={(e) => setCount(e.target.value)}
          data-testid="draw-count"
          {...fieldProps('draw', 'count', action.failure)}
        >
          {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <FieldError scope="draw" field="count" failure={action.failure} />
      </label>
      <p className="work-hint">{t('checks.drawHint')}</p>
      <FormActions busy={action.busy} submit={t('checks.draw')} submitTestId="check-draw" />
    </form>
  );
}

function ConcludeForm({ check, onDone }: { check: CheckRow; onDone: () => void }) {
  const { t } = useI18n();
  const action = useWorkAction();
  const [outcome, setOutcome] = useState<'PASSED' | 'ISSUES_FOUND'>('PASSED');
  const [findings, setFindings] = useState('');
  const [deduction, setDeduction] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const issues = outcome === 'ISSUES_FOUND';
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: CONCLUDE_CHECK,
          variables: {
            id: check.id,
            version: check.version,
            input: { outcome, findings: issues ? findings : '', deduction: issues ? deduction.trim() || null : null },
          },
        }),
      () => t('checks.concluded'),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} noValidate data-testid="check-conclude-form">
      <h3>{t('checks.concludeTitle', { subject: check.subjectName })}</h3>
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <label className="field">
        <span>{t('checks.outcome')}</span>
        <select
          className="input"
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as 'PASSED' | 'ISSUES_FOUND')}
          data-testid="check-outcome"
        >
          <option value="PASSED">{t('checks.outcome.PASSED')}</option>
          <option value="ISSUES_FOUND">{t('checks.outcome.ISSUES_FOUND')}</option>
        </select>
      </label>
      {outcome === 'ISSUES_FOUND' && (
        <>
          <TextField
            label={t('checks.findings')}
            scope="conclude"
            field="findings"
            failure={action.failure}
            value={findings}
            onChange={setFindings}
            rows={3}
            maxLength={5000}
            testId="check-findings"
          />
          <TextField
            label={t('checks.deduction')}
            scope="conclude"
            field="deduction"
            failure={action.failure}
            value={deduction}
            onChange={setDeduction}
            inputMode="decimal"
            autoComplete="off"
            testId="check-deduction"
          />
        </>
      )}
      <FormActions
        busy={action.busy}
        submit={t('checks.concludeSubmit')}
        submitTestId="check-conclude-submit"
        onCancel={onDone}
      />
    </form>
  );
}
