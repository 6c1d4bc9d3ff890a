import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { WorkTargetProjectFieldsFragment } from '../../../generated/graphql';
import { FailureBanner, FieldError, FormActions, useWorkAction } from '../../work';
import { SAVE_TARGETS, SUBMIT_TARGETS } from '../graphql/targets.graphql';
import { useTransferOptions } from '../hooks/useTransferOptions';
import { commentsByIndicator, latestReturn } from '../targets-form';
import { linkedIndicators, rowWithLink, type LinkedRow } from '../transfer-form';
import { IndicatorRowsEditor } from './IndicatorRowsEditor';
import { LibraryPicker } from './LibraryPicker';
import { OwnIndicatorForm } from './OwnIndicatorForm';

/** The unit's targets of one project: rows from the library, saved as a draft or submitted (quality checks). */
export function TargetEditor({ project, onDone }: { project: WorkTargetProjectFieldsFragment; onDone: () => void }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<LinkedRow[]>(() => project.indicators.map(rowWithLink));
  const transferTargets = useTransferOptions(project);
  // The return being answered, read once: a saved draft gets new indicators, the rows keep where they came from.
  const [{ returned, comments }] = useState(() => {
    const last =
      project.targetStatus === 'RETURNED' || project.targetStatus === 'DRAFT'
        ? latestReturn(project.targetReviews)
        : null;
    return { returned: last, comments: commentsByIndicator(last, project.indicators) };
  });
  const action = useWorkAction();
  const f = action.failure;
  const save = () =>
    action.client.mutate({
      mutation: SAVE_TARGETS,
      variables: { projectId: project.id, version: project.version, indicators: linkedIndicators(rows) },
    });
  const onSave = () => void action.run(save, () => t('targets.saved', { project: project.name }));
  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      async () => {
        const saved = await save();
        return action.client.mutate({
          mutation: SUBMIT_TARGETS,
          variables: { projectId: project.id, version: saved.data!.saveTargets.version },
        });
      },
      () => t('targets.submitted', { project: project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void onSubmit(e)} data-testid="targets-form" noValidate>
      <h3 className="work-form__title">
        {project.code} {project.name}
      </h3>
      {returned && (
        <div className="work-note" data-testid="targets-returned">
          {returned.comment ? t('targets.returned', { comment: returned.comment }) : t('tadjust.returnedPerIndicator')}
          {comments.orphans.length > 0 && (
            <ul className="target-list" data-testid="targets-returned-other">
              {comments.orphans.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <FailureBanner failure={f} onReload={() => void action.reload()}>
        <FieldError scope="targets" field="indicators" failure={f} />
      </FailureBanner>
      <LibraryPicker onPick={(row) => setRows((rs) => [...rs, row])} />
      <OwnIndicatorForm onAdd={(row) => setRows((rs) => [...rs, row])} />
      <IndicatorRowsEditor
        rows={rows}
        setRows={setRows}
        failure={f}
        scope="targets"
        comments={comments.byId}
        transferTargets={transferTargets}
      />
      <FormActions
        busy={action.busy}
        submit={t('targets.submit')}
        submitTestId="targets-submit"
        onCancel={onDone}
        leading={
          <button type="button" className="button" disabled={action.busy} onClick={onSave} data-testid="targets-save">
            {t('targets.save')}
          </button>
        }
      />
    </form>
  );
}
