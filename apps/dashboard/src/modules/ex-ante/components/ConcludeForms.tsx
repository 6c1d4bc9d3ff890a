import { useState } from 'react';
import { EX_ANTE_CONCLUSION_LABELS, type ExAnteConclusion } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FieldError, fieldProps, FormActions, TextField, useWorkAction } from '../../work';
import { conclusionVariables, sendVariables } from '../ex-ante-form';
import { CONCLUDE_EX_ANTE, SEND_EX_ANTE_TO_AGENCY } from '../graphql/ex-ante.graphql';
import { ConclusionPicker } from './ConclusionPicker';
import type { ExAnteProject } from './ExAnteBadges';

/** The performance section sends a large project's assessment to an agency for a re-assessment. */
export function SendToAgencyForm({
  project,
  agencies,
}: {
  project: ExAnteProject;
  agencies: readonly { id: string; name: string }[];
}) {
  const { t, lang } = useI18n();
  const [agencyId, setAgencyId] = useState('');
  const action = useWorkAction();
  const f = action.failure;
  const x = project.exAnteAssessment!;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = sendVariables(project.id, x.version, agencyId, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const agency = agencies.find((a) => a.id === agencyId)?.name ?? '';
    await action.run(
      () => action.client.mutate({ mutation: SEND_EX_ANTE_TO_AGENCY, variables }),
      () => t('exante.sent', { project: project.name, agency }),
    );
  };
  return (
    <form
      className="work-fieldset flag-card__form"
      onSubmit={(e) => void submit(e)}
      data-testid="exante-send-form"
      noValidate
    >
      <h4 className="work-subheading" style={{ marginTop: 4 }}>
        {t('exante.sendTitle')} <span className="work-hint">{t('exante.reassessmentHint')}</span>
      </h4>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <div className="flag-card__close">
        <label className="field">
          <span>{t('exante.sendAgency')}</span>
          <select
            value={agencyId}
            onChange={(e) => setAgencyId(e.target.value)}
            autoFocus
            data-testid="exante-agency-select"
            {...fieldProps('exsend', 'agencyId', f)}
          >
            <option value="">{t('exante.pickAgency')}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <FieldError scope="exsend" field="agencyId" failure={f} />
        </label>
        <button type="submit" className="button" disabled={action.busy} data-testid="exante-send">
          {t('exante.send')}
        </button>
      </div>
    </form>
  );
}

/** The performance section's score and conclusion of an assessment. */
export function ConcludeForm({
  project,
  onDone,
  autoFocus,
}: {
  project: ExAnteProject;
  onDone: () => void;
  autoFocus: boolean;
}) {
  const { t, lang } = useI18n();
  const [score, setScore] = useState('');
  const [conclusion, setConclusion] = useState<ExAnteConclusion | ''>('');
  const action = useWorkAction();
  const f = action.failure;
  const x = project.exAnteAssessment!;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = conclusionVariables(project.id, x.version, { score, conclusion }, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const done = await action.run(
      () => action.client.mutate({ mutation: CONCLUDE_EX_ANTE, variables }),
      () =>
        t('exante.concluded', {
          project: project.name,
          conclusion: EX_ANTE_CONCLUSION_LABELS[variables.conclusion][lang],
        }),
    );
    if (done) onDone();
  };
  return (
    <form className="flag-card__form" onSubmit={(e) => void submit(e)} data-testid="exante-conclude-form" noValidate>
      <h4 className="work-subheading" style={{ marginTop: 4 }}>
        {t('exante.concludeFormTitle')}
      </h4>
      <FailureBanner failure={f} onReload={() => void action.reload()} />
      <TextField
        className="field work-field"
        label={t('exante.scoreInput')}
        inputMode="decimal"
        autoComplete="off"
        value={score}
        onChange={setScore}
        autoFocus={autoFocus}
        testId="exante-score-input"
        scope="exconclude"
        field="score"
        failure={f}
      />
      <ConclusionPicker
        scope="exconclude"
        name={`conclusion-${project.id}`}
        value={conclusion}
        onChange={setConclusion}
        failure={f}
      />
      <FormActions busy={action.busy} submit={t('exante.conclude')} submitTestId="exante-conclude" onCancel={onDone} />
    </form>
  );
}
