import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FormActions, TextField, useWorkAction } from '../../work';
import { ADD_FLAG_EVIDENCE, SET_FLAG_PLAN } from '../graphql/flag-work.graphql';
import { FlagHeader, FlagHistory, type WorkFlag } from './FlagCardPieces';

/** A unit's rectification of one flag: owner and plan, then the evidence. */
export function RectifyCard({ flag }: { flag: WorkFlag }) {
  const { t } = useI18n();
  const [owner, setOwner] = useState(flag.ownerName);
  const [plan, setPlan] = useState(flag.rectificationPlan);
  const [evidence, setEvidence] = useState(flag.evidence);
  const planAction = useWorkAction();
  const evidenceAction = useWorkAction();
  const scope = `flag-${flag.id}`;
  const code = flag.project?.code ?? flag.id;
  return (
    <article className="flag-card" data-testid={`rectify-${code}`}>
      <FlagHeader flag={flag} />
      <form
        className="flag-card__form"
        onSubmit={(e) => {
          e.preventDefault();
          void planAction.run(
            () =>
              planAction.client.mutate({
                mutation: SET_FLAG_PLAN,
                variables: { id: flag.id, version: flag.version, ownerName: owner, rectificationPlan: plan },
              }),
            () => t('flagwork.planSaved'),
          );
        }}
      >
        <FailureBanner failure={planAction.failure} onReload={() => void planAction.reload()} />
        <TextField
          label={t('flagwork.owner')}
          value={owner}
          onChange={setOwner}
          testId="flag-owner"
          scope={scope}
          field="ownerName"
          failure={planAction.failure}
        />
        <TextField
          label={t('flagwork.plan')}
          rows={3}
          value={plan}
          onChange={setPlan}
          testId="flag-plan"
          scope={scope}
          field="rectificationPlan"
          failure={planAction.failure}
        />
        <FormActions busy={planAction.busy} submit={t('flagwork.savePlan')} submitTestId="flag-save-plan" keepLabel />
      </form>
      <form
        className="flag-card__form"
        onSubmit={(e) => {
          e.preventDefault();
          void evidenceAction.run(
            () =>
              evidenceAction.client.mutate({
                mutation: ADD_FLAG_EVIDENCE,
                variables: { id: flag.id, version: flag.version, evidence },
              }),
            () => t('flagwork.evidenceSaved'),
          );
        }}
      >
        <FailureBanner failure={evidenceAction.failure} onReload={() => void evidenceAction.reload()} />
        <TextField
          label={t('flagwork.evidence')}
          rows={3}
          value={evidence}
          onChange={setEvidence}
          testId="flag-evidence"
          scope={scope}
          field="evidence"
          failure={evidenceAction.failure}
        />
        <FormActions
          busy={evidenceAction.busy}
          submit={t('flagwork.addEvidence')}
          submitTestId="flag-add-evidence"
          keepLabel
        />
      </form>
      <FlagHistory flag={flag} />
    </article>
  );
}
