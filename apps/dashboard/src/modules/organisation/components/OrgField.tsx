import type { ReactNode } from 'react';

/** One labelled control of an organisation form, with the server's message for that field under it. */
export function OrgField({
  name,
  label,
  error,
  children,
}: {
  name: string;
  label: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
      {error && (
        <p className="field-error" role="alert" data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </label>
  );
}

/** The form's own message (a refusal that names no field) and its buttons: submit, and cancel when editing. */
export function OrgFormFooter({
  message,
  busy,
  prefix,
  editing,
  submitLabel,
  cancelLabel,
  onCancel,
}: {
  message: string | null;
  busy: boolean;
  prefix: string;
  editing: boolean;
  submitLabel: string;
  cancelLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="user-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid={`${prefix}-${editing ? 'save' : 'create'}`}
        >
          {submitLabel}
        </button>
        {editing && (
          <button type="button" className="button" onClick={onCancel} data-testid={`${prefix}-cancel`}>
            {cancelLabel}
          </button>
        )}
      </div>
    </>
  );
}
