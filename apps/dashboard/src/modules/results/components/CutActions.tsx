import { useState } from 'react';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import type { CutProjectsQuery } from '../../../generated/graphql';
import { FailureBanner, FormActions, RowButton, TextField, useWorkAction } from '../../work';
import { cutDecisionVariables } from '../cuts-form';
import { DECIDE_CUT } from '../graphql/cuts.graphql';

export type CutProject = CutProjectsQuery['medium']['edges'][number]['node'];
type Cut = CutProject['resultApplications'][number];
export type CutRow = Cut & { project: CutProject };

/** The budget section's decision on one cut: accept as proposed, or adjust with a reason. */
export function CutActions({
  cut,
  adjusting,
  onAdjust,
}: {
  cut: CutRow;
  adjusting: boolean;
  onAdjust: (on: boolean) => void;
}) {
  const { t } = useI18n();
  const action = useWorkAction();
  if (cut.status !== 'PROPOSED') return null;
  const accept = () =>
    action.run(
      () =>
        action.client.mutate({
          mutation: DECIDE_CUT,
          variables: cutDecisionVariables(cut, { mode: 'accept', amount: '', reason: '' }),
        }),
      () => t('cuts.accepted', { project: cut.project.name }),
    );
  return (
    <span className="row-actions">
      <RowButton primary disabled={action.busy} onClick={() => void accept()} testId={`cut-accept-${cut.project.code}`}>
        {t('cuts.accept')}
      </RowButton>
      <RowButton expanded={adjusting} onClick={() => onAdjust(!adjusting)} testId={`cut-adjust-${cut.project.code}`}>
        {t('cuts.adjust')}
      </RowButton>
      {action.failure && (
        <span className="field-error" role="alert">
          {action.failure.message}
        </span>
      )}
    </span>
  );
}

export function AdjustCutForm({ cut, onDone }: { cut: CutRow; onDone: () => void }) {
  const { t } = useI18n();
  const [amount, setAmount] = useState(cut.proposedCut);
  const [reason, setReason] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: DECIDE_CUT,
          variables: cutDecisionVariables(cut, { mode: 'adjust', amount, reason }),
        }),
      () => t('cuts.adjusted', { project: cut.project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="cut-adjust-form" noValidate>
      <h3 className="work-form__title">
        {t('cuts.adjustFor', { project: `${cut.project.code} ${cut.project.name}` })}
      </h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <TextField
        className="field work-field"
        label={t('cuts.amount')}
        inputMode="decimal"
        autoComplete="off"
        value={amount}
        onChange={(value) => setAmount(value)}
        autoFocus
        testId="cut-amount"
        hint={
          <>
            {t('cuts.proposedHint')} <Money yuan={cut.proposedCut} /> · {t('cuts.base')} <Money yuan={cut.baseBudget} />
          </>
        }
        scope="cut"
        field="acceptedCut"
        failure={f}
      />
      <TextField
        label={t('cuts.reason')}
        rows={2}
        value={reason}
        onChange={(value) => setReason(value)}
        testId="cut-reason"
        scope="cut"
        field="reason"
        failure={f}
      />
      <FormActions
        busy={action.busy}
        submit={t('cuts.confirmAdjust')}
        submitTestId="cut-adjust-submit"
        onCancel={onDone}
      />
    </form>
  );
}
