import '../supervision.css';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { FailureBanner, FieldError, FormActions, TextField, fieldProps, useWorkAction } from '../../work';
import { RECORD_FINDING, WITHDRAW_FINDING } from '../graphql/supervision.graphql';
import { findingVariables, isoToday, type FindingDraft } from '../supervision-form';

const KINDS: FindingDraft['kind'][] = ['AUDIT', 'FINANCIAL_SUPERVISION', 'MAJOR_MISUSE'];

/** The performance section records an audit or supervision finding, or major misuse, against a project. */
export function RecordFindingForm({
  project,
  onDone,
}: {
  project: { id: string; code: string; name: string };
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<FindingDraft>({
    kind: 'AUDIT',
    source: '',
    foundOn: isoToday(),
    documentNo: '',
    description: '',
  });
  const set = (patch: Partial<FindingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      () => action.client.mutate({ mutation: RECORD_FINDING, variables: findingVariables(project.id, draft) }),
      () => t('sup.recorded', { documentNo: draft.documentNo.trim() }),
    );
    if (done) onDone();
  };
  const field = (key: 'source' | 'foundOn' | 'documentNo', label: MessageKey, autoFocus = false) => (
    <TextField
      label={t(label)}
      value={draft[key]}
      onChange={(value) => set({ [key]: value })}
      autoComplete="off"
      autoFocus={autoFocus}
      testId={`finding-${key}`}
      scope="finding"
      field={key}
      failure={f}
    />
  );
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="finding-form" noValidate>
      <h3 className="work-form__title">{t('sup.recordFor', { project: `${project.code} ${project.name}` })}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <p className="work-hint">{t('sup.capHint')}</p>
      <div className="sup-fields">
        <label className="field">
          <span>{t('sup.kindLabel')}</span>
          <select
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value as FindingDraft['kind'] })}
            data-testid="finding-kind"
            {...fieldProps('finding', 'kind', f)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`detail.sup.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
          <FieldError scope="finding" field="kind" failure={f} />
        </label>
        {field('source', 'sup.sourceLabel', true)}
        {field('foundOn', 'sup.foundOnLabel')}
        {field('documentNo', 'sup.documentNoLabel')}
      </div>
      <TextField
        label={t('sup.descriptionLabel')}
        rows={3}
        value={draft.description}
        onChange={(value) => set({ description: value })}
        testId="finding-description"
        scope="finding"
        field="description"
        failure={f}
      />
      <FormActions busy={action.busy} submit={t('sup.submitRecord')} submitTestId="finding-submit" onCancel={onDone} />
    </form>
  );
}

/** Withdrawing a finding, with the reason: its cap lifts, the record stays. */
export function WithdrawFindingForm({
  finding,
  onDone,
}: {
  finding: { id: string; version: number; documentNo: string };
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const action = useWorkAction();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: WITHDRAW_FINDING,
          variables: { id: finding.id, reason: reason.trim(), version: finding.version },
        }),
      () => t('sup.withdrawn', { documentNo: finding.documentNo }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="finding-withdraw-form" noValidate>
      <h3 className="work-form__title">{t('sup.withdrawFor', { documentNo: finding.documentNo })}</h3>
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      <p className="work-hint">{t('sup.withdrawHint')}</p>
      <TextField
        label={t('sup.withdrawReason')}
        rows={2}
        value={reason}
        onChange={(value) => setReason(value)}
        autoFocus
        testId="finding-withdraw-reason"
        scope="withdraw"
        field="reason"
        failure={action.failure}
      />
      <FormActions
        busy={action.busy}
        danger
        submit={t('sup.submitWithdraw')}
        submitTestId="finding-withdraw-submit"
        onCancel={onDone}
      />
    </form>
  );
}
