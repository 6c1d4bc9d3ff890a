import { useI18n } from '../../../app/i18n/i18n';
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
 * The comment a return needs, under a queue (see useReturning); its test ids and error scope start with
 * `prefix` (`return-form`, `return-comment`, `return-submit`).
 */
export function ReturnForm({
  project,
  comment,
  onComment,
  onSubmit,
  onCancel,
  busy,
  failure,
  prefix = '',
}: {
  project: string;
  comment: string;
  onComment: (comment: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
  busy: boolean;
  failure: MutationFailure | null;
  prefix?: string;
}) {
  const { t } = useI18n();
  return (
    <form
      className="work-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      data-testid={`${prefix}return-form`}
    >
      <TextField
        label={t('review.commentFor', { project })}
        rows={3}
        value={comment}
        onChange={onComment}
        autoFocus
        testId={`${prefix}return-comment`}
        scope={`${prefix}return`}
        field="comment"
        failure={failure}
      />
      <FormActions
        busy={busy}
        submit={t('work.confirmReturn')}
        submitTestId={`${prefix}return-submit`}
        danger
        keepLabel
        onCancel={onCancel}
      />
    </form>
  );
}
