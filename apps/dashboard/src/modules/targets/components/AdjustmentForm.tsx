import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { AdjustableProjectsQuery, AdjustmentCheckpointsQuery } from '../../../generated/graphql';
import { FailureBanner, FieldError, fieldProps, FormActions, TextField, useWorkAction } from '../../work';
import { REQUEST_TARGET_ADJUSTMENT } from '../graphql/target-adjustment.graphql';
import { useTransferOptions } from '../hooks/useTransferOptions';
import { targetIndicators } from '../targets-form';
import { linkedIndicators, rowWithLink, type LinkedRow } from '../transfer-form';
import { AdjustmentComparison } from './AdjustmentComparison';
import { useCheckpointName } from './AdjustmentPieces';
import { IndicatorRowsEditor } from './IndicatorRowsEditor';
import { LibraryPicker } from './LibraryPicker';
import { OwnIndicatorForm } from './OwnIndicatorForm';

export type AdjustableProject = AdjustableProjectsQuery['projects']['edges'][number]['node'];
export type Checkpoint = AdjustmentCheckpointsQuery['checkpoints'][number];

/** The unit's request: a copy of the approved indicators to edit, the checkpoint and the reason. */
export function AdjustmentForm({
  project,
  checkpoints,
  onDone,
}: {
  project: AdjustableProject;
  checkpoints: readonly Checkpoint[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const name = useCheckpointName();
  // Each row keeps its library template and its share of an upper-level transfer target, if any.
  const [rows, setRows] = useState<LinkedRow[]>(() => project.indicators.map(rowWithLink));
  const transferTargets = useTransferOptions(project);
  const [checkpointId, setCheckpointId] = useState(
    () => (checkpoints.find((c) => c.scope === 'PROJECT') ?? checkpoints[0])?.id ?? '',
  );
  const [reason, setReason] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: REQUEST_TARGET_ADJUSTMENT,
          variables: {
            projectId: project.id,
            checkpointId,
            indicators: linkedIndicators(rows),
            reason: reason.trim(),
            version: project.version,
          },
        }),
      () => t('tadjust.sent', { project: project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="adjust-form" noValidate>
      <h3 className="work-form__title">{t('tadjust.formTitle', { project: `${project.code} ${project.name}` })}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()}>
        <FieldError scope="adjust" field="indicators" failure={f} />
        <FieldError scope="adjust" field="projectId" failure={f} />
      </FailureBanner>
      <label className="field work-field">
        <span>{t('tadjust.checkpoint')}</span>
        <select
          value={checkpointId}
          onChange={(e) => setCheckpointId(e.target.value)}
          data-testid="adjust-checkpoint"
          {...fieldProps('adjust', 'checkpointId', f)}
        >
          {checkpoints.map((c) => (
            <option key={c.id} value={c.id}>
              {name(c)}
            </option>
          ))}
        </select>
        <FieldError scope="adjust" field="checkpointId" failure={f} />
      </label>
      <LibraryPicker onPick={(row) => setRows((rs) => [...rs, row])} />
      <OwnIndicatorForm onAdd={(row) => setRows((rs) => [...rs, row])} />
      <IndicatorRowsEditor rows={rows} setRows={setRows} failure={f} scope="adjust" transferTargets={transferTargets} />
      <fieldset className="work-fieldset">
        <legend>{t('tadjust.preview')}</legend>
        <AdjustmentComparison
          adjustment={{ before: project.indicators, proposed: targetIndicators(rows) }}
          testId="adjust-preview"
        />
      </fieldset>
      <TextField
        label={t('tadjust.reason')}
        rows={3}
        value={reason}
        onChange={setReason}
        testId="adjust-reason"
        scope="adjust"
        field="reason"
        failure={f}
      />
      <FormActions busy={action.busy} submit={t('tadjust.send')} submitTestId="adjust-send" onCancel={onDone} />
    </form>
  );
}
