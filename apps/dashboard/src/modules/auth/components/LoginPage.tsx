import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useI18n } from '../../../app/i18n/i18n';
import { Link } from '../../../app/router/router';
import { LanguageSwitch } from '../../../app/shell/LanguageSwitch';
import { useSession } from '../hooks/useSession';

export function LoginPage() {
  const { t, lang } = useI18n();
  const { login } = useSession();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) {
      setError(t('login.required'));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await login(username, password);
    } catch (e) {
      setError(errorMessage(e, t, lang));
      setSubmitting(false);
    }
  }

  return (
    <div className="login">
      <div className="login__language">
        <LanguageSwitch />
      </div>
      <form className="login__card" onSubmit={onSubmit} noValidate aria-describedby={error ? 'login-error' : undefined}>
        <div className="login__brand">
          <span className="brand-mark" aria-hidden="true">
            绩
          </span>
          <div>
            <div className="login__app">{t('app.title')}</div>
            <div className="login__subtitle">{t('login.subtitle')}</div>
          </div>
        </div>
        <h1 className="login__title">{t('login.title')}</h1>
        <label className="field">
          <span>{t('login.username')}</span>
          <input name="username" autoComplete="username" autoFocus required disabled={submitting} />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input name="password" type="password" autoComplete="current-password" required disabled={submitting} />
        </label>
        {error && (
          <p className="login__error" id="login-error" role="alert">
            {error}
          </p>
        )}
        <button className="button button--primary" type="submit" disabled={submitting}>
          {submitting ? t('login.submitting') : t('login.submit')}
        </button>
        <Link to="/public" data-testid="login-public">
          {t('public.loginLink')}
        </Link>
      </form>
    </div>
  );
}
