import { useState } from 'react';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import {
  FailureBanner,
  FieldError,
  FormActions,
  type MutationFailure,
  RowButton,
  TextField,
  useWorkAction,
} from '../../work';
import { SUBMIT_KEY_EVALUATION } from '../graphql/key-evaluation.graphql';
import {
  EMPTY_FINDING,
  EMPTY_KEY_EVALUATION,
  keyEvaluationVariables,
  type FindingDraft,
  type KeyEvaluationDraft,
} from '../key-evaluation-form';
import { projectTitle, type KeyEvaluation } from './KeyEvaluationReport';

/** One finding's three fields and its remove button. */
function FindingRow({
  index,
  finding,
  failure,
  onChange,
  onRemove,
}: {
  index: number;
  finding: FindingDraft;
  failure: MutationFailure | null;
  onChange: (patch: Partial<FindingDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const field = (name: string) => `findings[${index}].${name}`;
  return (
    <fieldset className="work-fieldset keyeval-finding" data-testid={`agency-eval-finding-${index}`}>
      <legend>{t('agencyeval.findingN', { n: index + 1 })}</legend>
      <div className="eval-completions">
        <TextField
          label={t('agencyeval.category')}
          value={finding.category}
          onChange={(value) => onChange({ category: value })}
          placeholder={t('agencyeval.categoryHint')}
          maxLength={40}
          testId={`agency-eval-category-${index}`}
          scope="agencyeval"
          field={field('category')}
          failure={failure}
        />
        <TextField
          label={t('agencyeval.text')}
          rows={2}
          value={finding.text}
          onChange={(value) => onChange({ text: value })}
          testId={`agency-eval-text-${index}`}
          scope="agencyeval"
          field={field('text')}
          failure={failure}
        />
        <TextField
          label={t('agencyeval.suggestion')}
          rows={2}
          value={finding.suggestion}
          onChange={(value) => onChange({ suggestion: value })}
          testId={`agency-eval-suggestion-${index}`}
          scope="agencyeval"
          field={field('suggestion')}
          failure={failure}
        />
      </div>
      <div className="work-form__actions">
        <RowButton onClick={onRemove} testId={`agency-eval-remove-${index}`}>
          {t('agencyeval.removeFinding', { n: index + 1 })}
        </RowButton>
      </div>
    </fieldset>
  );
}

/** The agency's report on one assigned key evaluation: score, findings, report name. */
export function AgencyReportForm({
  evaluation,
  onDone,
  onCancel,
}: {
  evaluation: KeyEvaluation;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<KeyEvaluationDraft>(EMPTY_KEY_EVALUATION);
  const action = useWorkAction();
  const f = action.failure;
  const setFinding = (i: number, patch: Partial<FindingDraft>) =>
    setDraft((d) => ({ ...d, findings: d.findings.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const built = keyEvaluationVariables(evaluation, draft, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    const done = await action.run(
      () => action.client.mutate({ mutation: SUBMIT_KEY_EVALUATION, variables }),
      () => t('agencyeval.submitted', { project: projectTitle(evaluation) }),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="agency-eval-form" noValidate>
      <h3 className="work-form__title">
        {projectTitle(evaluation)} <span className="muted">· {evaluation.unit?.name} · </span>
        <Money yuan={evaluation.budget} />
      </h3>
      <FailureBanner failure={f} onReload={() => void action.reload()}>
        <FieldError scope="agencyeval" field="findings" failure={f} />
      </FailureBanner>
      <div className="library-filters">
        <TextField
          label={t('agencyeval.score')}
          inputMode="decimal"
          autoComplete="off"
          value={draft.score}
          onChange={(value) => setDraft((d) => ({ ...d, score: value }))}
          autoFocus
          testId="agency-eval-score"
          scope="agencyeval"
          field="score"
          failure={f}
        />
        <TextField
          label={t('agencyeval.reportName')}
          value={draft.reportName}
          onChange={(value) => setDraft((d) => ({ ...d, reportName: value }))}
          placeholder={t('agencyeval.reportHint')}
          testId="agency-eval-report"
          scope="agencyeval"
          field="reportName"
          failure={f}
        />
      </div>
      <fieldset className="work-fieldset">
        <legend>{t('agencyeval.findings')}</legend>
        {draft.findings.length === 0 && <p className="muted">{t('agencyeval.noFindingRows')}</p>}
        <div className="indicator-rows">
          {draft.findings.map((finding, i) => (
            <FindingRow
              key={i}
              index={i}
              finding={finding}
              failure={f}
              onChange={(patch) => setFinding(i, patch)}
              onRemove={() => setDraft((d) => ({ ...d, findings: d.findings.filter((_, j) => j !== i) }))}
            />
          ))}
        </div>
        <div className="work-form__actions keyeval-add">
          <RowButton
            onClick={() => setDraft((d) => ({ ...d, findings: [...d.findings, EMPTY_FINDING] }))}
            testId="agency-eval-add"
          >
            {t('agencyeval.addFinding')}
          </RowButton>
        </div>
      </fieldset>
      <FormActions
        busy={action.busy}
        submit={t('agencyeval.submit')}
        submitTestId="agency-eval-submit"
        onCancel={onCancel}
      />
    </form>
  );
}
