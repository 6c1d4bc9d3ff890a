import { LanguageSwitch } from '../../../app/shell/LanguageSwitch';
import { useI18n } from '../../../app/i18n/i18n';
import type { ViewerFieldsFragment } from '../../../generated/graphql';
import { useSession } from '../hooks/useSession';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Shown instead of the app while the viewer still has a one-time password: the server refuses all else. */
export function ForcedPasswordChange({ me }: { me: ViewerFieldsFragment }) {
  const { t } = useI18n();
  const { logout } = useSession();
  return (
    <div className="login">
      <div className="login__language">
        <LanguageSwitch />
      </div>
      <div className="login__card" data-testid="forced-password-change">
        <div className="login__brand">
          <span className="brand-mark" aria-hidden="true">
            绩
          </span>
          <div>
            <div className="login__app">{t('app.title')}</div>
            <div className="login__subtitle">{me.displayName}</div>
          </div>
        </div>
        <h1 className="login__title">{t('password.forcedTitle')}</h1>
        <p className="password-form__intro">{t('password.forcedText', { username: me.username })}</p>
        <ChangePasswordForm oneTime />
        <button type="button" className="button" onClick={() => void logout()} data-testid="logout">
          {t('header.logout')}
        </button>
      </div>
    </div>
  );
}
