import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { mutationFailure } from '../../work';
import { useSession } from '../hooks/useSession';

type Field = 'currentPassword' | 'newPassword' | 'confirm';

/**
 * Current password, new password twice. The policy (length, not the username, not the demo password) is
 * the server's: its answer names the field, shown under it. Only "the two new ones differ" is said here.
 */
export function ChangePasswordForm({ oneTime, onDone }: { oneTime: boolean; onDone?: () => void }) {
  const { t, lang } = useI18n();
  const { changePassword } = useSession();
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const current = String(data.get('currentPassword') ?? '');
    const next = String(data.get('newPassword') ?? '');
    const confirm = String(data.get('confirm') ?? '');
    const missing: Partial<Record<Field, string>> = {};
    if (!current) missing.currentPassword = t('password.required');
    if (!next) missing.newPassword = t('password.required');
    else if (next !== confirm) missing.confirm = t('password.mismatch');
    setErrors(missing);
    setMessage(null);
    if (Object.keys(missing).length > 0) return;
    setSubmitting(true);
    try {
      await changePassword(current, next);
      form.reset();
      onDone?.();
    } catch (e) {
      const failure = mutationFailure(e, lang);
      setErrors(failure.fields);
      if (Object.keys(failure.fields).length === 0) setMessage(failure.message || t('error.unknown'));
    } finally {
      setSubmitting(false);
    }
  }

  const field = (name: Field, label: string, autoComplete: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        name={name}
        type="password"
        autoComplete={autoComplete}
        disabled={submitting}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
        data-testid={`password-${name}`}
      />
      {errors[name] && (
        <p className="field-error" id={`${name}-error`} role="alert">
          {errors[name]}
        </p>
      )}
    </label>
  );

  return (
    <form className="password-form" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="password-form">
      {field('currentPassword', oneTime ? t('password.oneTime') : t('password.current'), 'current-password')}
      {field('newPassword', t('password.new'), 'new-password')}
      {field('confirm', t('password.confirm'), 'new-password')}
      <p className="password-form__hint">{t('password.hint')}</p>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <button className="button button--primary" type="submit" disabled={submitting} data-testid="password-submit">
        {submitting ? t('password.submitting') : t('password.submit')}
      </button>
    </form>
  );
}
