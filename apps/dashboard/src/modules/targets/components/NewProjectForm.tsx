import { useState } from 'react';
import { FUND_FAMILIES, FUND_FAMILY_LABELS, PROJECT_KINDS, PROJECT_KIND_LABELS } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FormActions, TextField, useWorkAction } from '../../work';
import { CREATE_PROJECT } from '../graphql/targets.graphql';
import { newProjectVariables, type NewProjectDraft } from '../targets-form';

const EMPTY_PROJECT: NewProjectDraft = { name: '', budget: '', fundFamily: 'GENERAL_PUBLIC', kind: 'RECURRING' };

/** The unit creates a project of the budget year; its targets are drafted next. */
export function NewProjectForm({ year, onCreated }: { year: number; onCreated: (id: string) => void }) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<NewProjectDraft>(EMPTY_PROJECT);
  const action = useWorkAction();
  const f = action.failure;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const done = await action.run(
      () => action.client.mutate({ mutation: CREATE_PROJECT, variables: newProjectVariables(year, draft) }),
      (r) => t('targets.created', { code: r.data?.createProject.code ?? '' }),
    );
    if (done?.data) {
      setDraft(EMPTY_PROJECT);
      onCreated(done.data.createProject.id);
    }
  };
  return (
    <form className="work-form new-project" onSubmit={(e) => void submit(e)} data-testid="new-project-form" noValidate>
      <h3 className="work-form__title">{t('targets.newProject', { year })}</h3>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <div className="new-project__fields">
        <TextField
          label={t('targets.projectName')}
          value={draft.name}
          onChange={(name) => setDraft((d) => ({ ...d, name }))}
          testId="new-project-name"
          scope="project"
          field="name"
          failure={f}
        />
        <TextField
          label={t('targets.budget')}
          inputMode="decimal"
          value={draft.budget}
          onChange={(budget) => setDraft((d) => ({ ...d, budget }))}
          testId="new-project-budget"
          scope="project"
          field="budget"
          failure={f}
        />
        <label className="field">
          <span>{t('targets.fundFamily')}</span>
          <select
            value={draft.fundFamily}
            onChange={(e) => setDraft((d) => ({ ...d, fundFamily: e.target.value }))}
            data-testid="new-project-fund"
          >
            {FUND_FAMILIES.map((x) => (
              <option key={x} value={x}>
                {FUND_FAMILY_LABELS[x][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('targets.kind')}</span>
          <select
            value={draft.kind}
            onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value }))}
            data-testid="new-project-kind"
          >
            {PROJECT_KINDS.map((x) => (
              <option key={x} value={x}>
                {PROJECT_KIND_LABELS[x][lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FormActions busy={action.busy} submit={t('targets.create')} submitTestId="new-project-create" keepLabel />
    </form>
  );
}
