import { useState } from 'react';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { FailureBanner, FieldError, FormActions, TextField, useWorkAction } from '../../work';
import { charCount, draftOf, EX_ANTE_ARGUMENTS, exAnteVariables, type ExAnteDraft } from '../ex-ante-form';
import { SUBMIT_EX_ANTE } from '../graphql/ex-ante.graphql';
import { AttachmentsField } from './AttachmentsField';
import { projectLabel, type ExAnteProject } from './ExAnteBadges';

/** The unit's filing of one new project: four arguments and the attachment names. */
export function ExAnteForm({
  project,
  onDone,
  onCancel,
}: {
  project: ExAnteProject;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ExAnteDraft>(() => draftOf(project.exAnteAssessment));
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const variables = exAnteVariables(project.id, draft, project.exAnteAssessment?.version);
    const done = await action.run(
      () => action.client.mutate({ mutation: SUBMIT_EX_ANTE, variables }),
      () => t('exante.submitted', { project: project.name }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="exante-form" noValidate>
      <h3 className="work-form__title">{t('exante.formTitle', { project: projectLabel(project) })}</h3>
      <p className="work-hint">
        {t('exante.budget')} <Money yuan={project.budget} /> · {t('exante.year')} {project.year}
      </p>
      <FailureBanner failure={f} onReload={() => void action.reload()}>
        <FieldError scope="exante" field="projectId" failure={f} />
      </FailureBanner>
      {EX_ANTE_ARGUMENTS.map((key, i) => (
        <TextField
          key={key}
          label={
            <>
              {t(`exante.${key}` as MessageKey)}{' '}
              <span className="work-hint">
                {t(`exante.${key}Hint` as MessageKey)} · {t('exante.chars', { count: charCount(draft[key]) })}
              </span>
            </>
          }
          rows={3}
          value={draft[key]}
          autoFocus={i === 0}
          onChange={(value) => setDraft((d) => ({ ...d, [key]: value }))}
          testId={`exante-${key}`}
          scope="exante"
          field={key}
          failure={f}
        />
      ))}
      <AttachmentsField
        names={draft.attachmentNames}
        onChange={(attachmentNames) => setDraft((d) => ({ ...d, attachmentNames }))}
        failure={f}
      />
      <FormActions busy={action.busy} submit={t('exante.submit')} submitTestId="exante-submit" onCancel={onCancel} />
    </form>
  );
}
