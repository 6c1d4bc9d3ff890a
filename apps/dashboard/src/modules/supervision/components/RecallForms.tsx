import '../supervision.css';
import { useState } from 'react';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { FailureBanner, FieldError, FormActions, TextField, fieldProps, useWorkAction } from '../../work';
import { DECIDE_RECALL, PROPOSE_RECALL } from '../graphql/supervision.graphql';
import { recallDecisionVariables, recallProposalVariables, type RecallReason } from '../supervision-form';

/**
 * The performance section proposes a fund recall: after a failed authenticity check (veto) the amount is the
 * budget not yet recalled, as the server gives it; for idle funds it is typed, with a note.
 */
export function ProposeRecallForm({
  project,
  onDone,
}: {
  project: { id: string; code: string; name: string; vetoed: boolean; recallableAmount: string | null };
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState<RecallReason>(project.vetoed ? 'AUTHENTICITY_VETO' : 'IDLE_FUNDS');
  const [amount, setAmount] = useState(project.vetoed ? (project.recallableAmount ?? '') : '');
  const [note, setNote] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const label = `${project.code} ${project.name}`;
  const choose = (next: RecallReason) => {
    setReason(next);
    setAmount(next === 'AUTHENTICITY_VETO' ? (project.recallableAmount ?? '') : '');
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: PROPOSE_RECALL,
          variables: recallProposalVariables(project.id, { reason, amount, note }),
        }),
      (r) => t('sup.proposed', { project: project.name, amount: r.data?.proposeFundRecall.proposedAmount ?? '' }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="recall-propose-form" noValidate>
      <h3 className="work-form__title">{t('sup.proposeFor', { project: label })}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <div className="sup-fields">
        <label className="field">
          <span>{t('sup.reasonLabel')}</span>
          <select
            value={reason}
            onChange={(e) => choose(e.target.value as RecallReason)}
            data-testid="recall-reason"
            {...fieldProps('recall', 'reason', f)}
          >
            {(['AUTHENTICITY_VETO', 'IDLE_FUNDS'] as const).map((r) => (
              <option key={r} value={r} disabled={r === 'AUTHENTICITY_VETO' && !project.vetoed}>
                {t(`detail.sup.reason.${r}` as MessageKey)}
              </option>
            ))}
          </select>
          {!project.vetoed && <span className="work-hint">{t('sup.noVeto')}</span>}
          <FieldError scope="recall" field="reason" failure={f} />
        </label>
        <TextField
          label={t('sup.amountLabel')}
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={setAmount}
          testId="recall-amount"
          hintTestId="recall-recallable"
          hint={
            reason === 'AUTHENTICITY_VETO' ? (
              t('sup.vetoAmountHint')
            ) : (
              <>
                {t('sup.idleAmountHint')} <Money yuan={project.recallableAmount} />
              </>
            )
          }
          scope="recall"
          field="amount"
          failure={f}
        />
      </div>
      <TextField
        label={t('sup.noteLabel')}
        rows={2}
        value={note}
        onChange={setNote}
        testId="recall-note"
        scope="recall"
        field="note"
        failure={f}
      />
      <FormActions
        busy={action.busy}
        submit={t('sup.submitPropose')}
        submitTestId="recall-propose-submit"
        onCancel={onDone}
      />
    </form>
  );
}

export interface RecallToDecide {
  id: string;
  version: number;
  reason: string;
  proposedAmount: string;
  proposalNote: string;
}

/** The budget section decides a proposed recall: the proposed amount or less (with a reason), or rejects it. */
export function DecideRecallForm({
  recall,
  project,
  onDone,
}: {
  recall: RecallToDecide;
  project: { code: string; name: string };
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [amount, setAmount] = useState(recall.proposedAmount);
  const [note, setNote] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const decide = async (approve: boolean) => {
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: DECIDE_RECALL,
          variables: recallDecisionVariables(recall, { approve, amount, note }),
        }),
      () => t(approve ? 'sup.decided' : 'sup.rejected', { project: project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => e.preventDefault()} data-testid="recall-decide-form" noValidate>
      <h3 className="work-form__title">{t('sup.decideFor', { project: `${project.code} ${project.name}` })}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <p className="work-hint">
        {t(`detail.sup.reason.${recall.reason}` as MessageKey)}
        {recall.proposalNote && ` · ${recall.proposalNote}`}
      </p>
      <TextField
        className="field work-field"
        label={t('sup.decideAmount')}
        inputMode="decimal"
        autoComplete="off"
        value={amount}
        onChange={setAmount}
        autoFocus
        testId="recall-decide-amount"
        hint={
          <>
            {t('sup.decideAmountHint')} <Money yuan={recall.proposedAmount} />
          </>
        }
        scope="decide"
        field="amount"
        failure={f}
      />
      <TextField
        label={t('sup.decideNote')}
        rows={2}
        value={note}
        onChange={setNote}
        testId="recall-decide-note"
        scope="decide"
        field="note"
        failure={f}
      />
      <FormActions busy={action.busy} onCancel={onDone}>
        <button
          type="button"
          className="button button--primary"
          disabled={action.busy}
          onClick={() => void decide(true)}
          data-testid="recall-approve"
        >
          {t('sup.approve')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={action.busy}
          onClick={() => void decide(false)}
          data-testid="recall-reject"
        >
          {t('sup.reject')}
        </button>
      </FormActions>
    </form>
  );
}
