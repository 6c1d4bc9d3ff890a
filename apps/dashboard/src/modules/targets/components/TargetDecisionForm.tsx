import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FormActions, TextField, type MutationFailure } from '../../work';
import { indicatorSummary } from './TargetPieces';

export interface DecisionDraft {
  comment: string;
  score: string;
  /** The performance section's comment on each indicator, when it returns the targets. */
  perIndicator: Record<string, string>;
  /** The issues found, when the performance section returns a unit's unit-wide targets. */
  issues: string;
}

export const EMPTY_DECISION: DecisionDraft = { comment: '', score: '', perIndicator: {}, issues: '' };

/** What the decision shows of the targets decided: a project's, or a unit's whole budget's (unit-wide). */
export interface DecidedTargets {
  code?: string;
  name: string;
  indicators: readonly (Parameters<typeof indicatorSummary>[0] & { id: string })[];
}

/**
 * The decision on one project's targets, or a unit's unit-wide ones (`unitWide`): approve (with a score, for the
 * performance section) or return (a project's with a comment per indicator, unit-wide ones with the issues found).
 */
export function TargetDecisionForm({
  project,
  mode,
  unitWide = false,
  approve,
  draft,
  onDraft,
  failure,
  busy,
  onReload,
  onSubmit,
  onCancel,
}: {
  project: DecidedTargets;
  mode: 'first' | 'final' | 'fund';
  unitWide?: boolean;
  approve: boolean;
  draft: DecisionDraft;
  onDraft: (patch: Partial<DecisionDraft>) => void;
  failure: MutationFailure | null;
  busy: boolean;
  onReload: () => void;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const commenting = mode === 'final' && !approve && !unitWide;
  const review = { scope: 'treview', failure };
  return (
    <form
      className="work-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      data-testid="targets-decision-form"
    >
      <h3 className="work-form__title">
        {t(approve ? 'targets.approveFor' : 'targets.returnFor', {
          project: [project.code, project.name].filter(Boolean).join(' '),
        })}
      </h3>
      <FailureBanner failure={failure} onReload={onReload} />
      {commenting ? (
        <fieldset className="work-fieldset" data-testid="targets-indicator-comments">
          <legend>{t('tadjust.perIndicator')}</legend>
          <div className="indicator-rows">
            {project.indicators.map((i) => (
              <div className="indicator-row" key={i.id}>
                <div className="indicator-row__name">
                  <strong>{i.name}</strong>
                  <div className="muted">{indicatorSummary(i, lang, t('targets.weight'), false)}</div>
                </div>
                <TextField
                  style={{ gridColumn: 'span 2' }}
                  label={t('tadjust.commentOn', { name: i.name })}
                  value={draft.perIndicator[i.id] ?? ''}
                  onChange={(text) => onDraft({ perIndicator: { ...draft.perIndicator, [i.id]: text } })}
                  testId={`targets-indicator-comment-${i.id}`}
                  field={`comment-${i.id}`}
                  {...review}
                />
              </div>
            ))}
          </div>
        </fieldset>
      ) : (
        <ul className="target-list">
          {project.indicators.map((i) => (
            <li key={i.id}>{indicatorSummary(i, lang, t('targets.weight'))}</li>
          ))}
        </ul>
      )}
      {mode === 'final' && approve && (
        <TextField
          className="field work-field"
          label={t('targets.score')}
          inputMode="decimal"
          value={draft.score}
          onChange={(score) => onDraft({ score })}
          testId="targets-score"
          field="score"
          {...review}
        />
      )}
      {mode === 'final' && unitWide && !approve && (
        <TextField
          className="field work-field"
          label={t('targets.issueCount')}
          inputMode="decimal"
          value={draft.issues}
          onChange={(issues) => onDraft({ issues })}
          testId="targets-issue-count"
          field="issueCount"
          {...review}
        />
      )}
      <TextField
        label={
          approve
            ? t('targets.comment')
            : commenting
              ? t('tadjust.commentOrPerIndicator')
              : t('targets.commentRequired')
        }
        rows={2}
        value={draft.comment}
        onChange={(comment) => onDraft({ comment })}
        autoFocus={!commenting}
        testId="targets-comment"
        field="comment"
        {...review}
      />
      <FormActions
        busy={busy}
        submit={approve ? t(mode === 'fund' ? 'fund.passUp' : 'work.approve') : t('work.confirmReturn')}
        submitTestId="targets-decide"
        danger={!approve}
        keepLabel
        onCancel={onCancel}
      />
    </form>
  );
}
