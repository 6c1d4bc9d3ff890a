import type { ReactNode } from 'react';
import { useI18n } from '../../../app/i18n/i18n';

/**
 * The buttons under a work form: other buttons first (`leading`), the submit (its words become 提交中…
 * while the step runs, unless `keepLabel`), buttons after it (`children`), and cancel.
 */
export function FormActions({
  busy,
  submit,
  submitTestId,
  danger,
  keepLabel,
  disabled,
  onCancel,
  leading,
  children,
}: {
  busy: boolean;
  /** The submit button's words; none when the form's buttons are all given. */
  submit?: string;
  submitTestId?: string;
  danger?: boolean;
  keepLabel?: boolean;
  /** The submit is disabled for another reason than a step running. */
  disabled?: boolean;
  onCancel?: () => void;
  leading?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="work-form__actions">
      {leading}
      {submit !== undefined && (
        <button
          type="submit"
          className={`button ${danger ? 'button--danger' : 'button--primary'}`}
          disabled={busy || disabled}
          data-testid={submitTestId}
        >
          {busy && !keepLabel ? t('work.busy') : submit}
        </button>
      )}
      {children}
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('work.cancel')}
        </button>
      )}
    </div>
  );
}
