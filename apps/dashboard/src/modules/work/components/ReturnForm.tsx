import { useI18n } from '../../../app/i18n/i18n';
import type { Returning } from '../hooks/useReturning';
import type { MutationFailure } from '../mutation-errors';
import { FormActions } from './FormActions';
import { RowButton } from './RowButton';
import { TextField } from './TextField';

/** A queue row's two review buttons: pass (its words given) and return, which opens the comment form. */
export function PassOrReturn({
  busy,
  pass,
  onPass,
  onReturn,
  passTestId,
  returnTestId,
}: {
  busy: boolean;
  pass: string;
  onPass: () => void;
  onReturn: () => void;
  passTestId: string;
  returnTestId: string;
}) {
  const { t } = useI18n();
  return (
    <span className="row-actions">
      <RowButton primary disabled={busy} onClick={onPass} testId={passTestId}>
        {pass}
      </RowButton>
      <RowButton disabled={busy} onClick={onReturn} testId={returnTestId}>
        {t('work.return')}
      </RowButton>
    </span>
  );
}

/**
 * The comment a return needs, under a queue, while `returning` holds a row (see useReturning); its test ids and
 * error scope start with `prefix` (`return-form`, `return-comment`, `return-submit`).
 */
export function ReturnForm<R>({
  returning,
  action,
  project,
  onReturn,
  prefix = '',
}: {
  returning: Returning<R>;
  action: { busy: boolean; failure: MutationFailure | null };
  /** The name of the returned row's project, in the comment's label. */
  project: (row: R) => string;
  onReturn: (row: R) => void;
  prefix?: string;
}) {
  const { t } = useI18n();
  const row = returning.row;
  if (row === null) return null;
  return (
    <form
      className="work-form"
      onSubmit={(e) => {
        e.preventDefault();
        onReturn(row);
      }}
      data-testid={`${prefix}return-form`}
    >
      <TextField
        label={t('review.commentFor', { project: project(row) })}
        rows={3}
        value={returning.comment}
        onChange={returning.setComment}
        autoFocus
        testId={`${prefix}return-comment`}
        scope={`${prefix}return`}
        field="comment"
        failure={action.failure}
      />
      <FormActions
        busy={action.busy}
        submit={t('work.confirmReturn')}
        submitTestId={`${prefix}return-submit`}
        danger
        keepLabel
        onCancel={returning.cancel}
      />
    </form>
  );
}
