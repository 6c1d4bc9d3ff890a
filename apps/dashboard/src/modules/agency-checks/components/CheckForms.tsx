import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FieldError, FormActions, TextField, fieldProps, useWorkAction } from '../../work';
import {
  AGENCY_CHECKABLE_WORK,
  CONCLUDE_CHECK,
  DRAW_RANDOM_CHECK,
  RECORD_TARGETED_CHECK,
} from '../graphql/agency-checks.graphql';
import type { CheckRow } from './ChecksTable';

// The performance section's three check forms: a targeted check, a random draw, the conclusion of an open check.

/** A check form: its title, the step's failure, then its fields; submitting runs the step. */
function CheckForm({
  title,
  action,
  onSubmit,
  testId,
  children,
}: {
  title: string;
  action: ReturnType<typeof useWorkAction>;
  onSubmit: (e: FormEvent) => Promise<void>;
  testId: string;
  children: ReactNode;
}) {
  return (
    <form className="work-form" onSubmit={(e) => void onSubmit(e)} noValidate data-testid={testId}>
      <h3>{title}</h3>
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      {children}
    </form>
  );
}

/** The agencies to pick from, with the option that picks none (its words given). */
function AgencySelect({
  agencies,
  value,
  onChange,
  none,
  testId,
  children,
  ...aria
}: {
  agencies: Agencies;
  value: string;
  onChange: (id: string) => void;
  none: string;
  testId: string;
  children?: ReactNode;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span>{t('checks.agency')}</span>
      <select className="input" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} {...aria}>
        <option value="">{none}</option>
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      {children}
    </label>
  );
}

export type Agencies = readonly { id: string; code: string; name: string }[];

const SUBJECT_KINDS = ['KEY_EVALUATION', 'EX_ANTE_REASSESSMENT'] as const;

export function TargetedForm({ year, agencies }: { year: number; agencies: Agencies }) {
  const { t } = useI18n();
  const action = useWorkAction();
  const [agencyId, setAgencyId] = useState('');
  const [subjectId, setSubjectId] = useState('');
  const [lead, setLead] = useState('');
  // The agency's work of the year, as the server counts it (key evaluations and ex-ante re-assessments).
  const checkable = useQuery(AGENCY_CHECKABLE_WORK, { variables: { year, agencyId }, skip: !agencyId });
  const work = agencyId ? (checkable.data?.agencyCheckableWork ?? []) : [];
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
    <CheckForm title={t('checks.targeted')} action={action} onSubmit={submit} testId="check-targeted-form">
      <AgencySelect
        agencies={agencies}
        value={agencyId}
        onChange={(id) => {
          setAgencyId(id);
          setSubjectId('');
        }}
        none={t('checks.pickAgency')}
        testId="check-agency"
      />
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
          <option value="">
            {agencyId && checkable.data && work.length === 0 ? t('checks.noWork') : t('checks.pickSubject')}
          </option>
          {SUBJECT_KINDS.map((kind) => {
            const items = work.filter((w) => w.subjectKind === kind);
            return items.length === 0 ? null : (
              <optgroup key={kind} label={t(`checks.subjectKind.${kind}`)}>
                {items.map((w) => (
                  <option key={w.subjectId} value={w.subjectId}>
                    {w.projectCode ? `${w.projectCode} ${w.name}` : w.name}
                  </option>
                ))}
              </optgroup>
            );
          })}
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
    </CheckForm>
  );
}

export function DrawForm({ year, agencies }: { year: number; agencies: Agencies }) {
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
    <CheckForm title={t('checks.random')} action={action} onSubmit={submit} testId="check-draw-form">
      <AgencySelect
        agencies={agencies}
        value={agencyId}
        onChange={setAgencyId}
        none={t('checks.allAgencies')}
        testId="draw-agency"
        {...fieldProps('draw', 'agencyId', action.failure)}
      >
        <FieldError scope="draw" field="agencyId" failure={action.failure} />
        <FieldError scope="draw" field="year" failure={action.failure} />
      </AgencySelect>
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
    </CheckForm>
  );
}

export function ConcludeForm({ check, onDone }: { check: CheckRow; onDone: () => void }) {
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
    <CheckForm
      title={t('checks.concludeTitle', { subject: check.subjectName })}
      action={action}
      onSubmit={submit}
      testId="check-conclude-form"
    >
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
    </CheckForm>
  );
}
