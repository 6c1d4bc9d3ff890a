import { ROLE_LABELS } from '@jixiao/schema/enums';
import type { ViewerFieldsFragment } from '../../generated/graphql';
import { useSession } from '../../modules/auth/hooks/useSession';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';

/** Brand, the views, and who is looking at what: name, role, scope; language and logout. */
export function AppHeader({ me }: { me: ViewerFieldsFragment }) {
  const { t, lang } = useI18n();
  const { logout } = useSession();
  const affiliation = me.sectionName ?? me.unitName ?? me.agencyName ?? me.regionName;
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="brand-mark" aria-hidden="true">绩</span>
        <span className="app-header__title">{t('app.title')}</span>
      </div>
      <nav className="app-header__nav" aria-label={t('app.title')}>
        <a href="./" aria-current="page">
          {t('header.nav.overview')}
        </a>
      </nav>
      <div className="app-header__viewer" data-testid="viewer">
        <div className="app-header__who">
          <span className="app-header__name" data-testid="viewer-name">{me.displayName}</span>
          <span className="role-badge" data-testid="viewer-role">{ROLE_LABELS[me.role][lang]}</span>
          <span className="app-header__affiliation">{affiliation}</span>
        </div>
        <div className="app-header__scope" title={me.scopeDescription} data-testid="viewer-scope">
          {t('header.scope')}：{me.scopeDescription}
        </div>
      </div>
      <div className="app-header__actions">
        <LanguageSwitch />
        <button type="button" className="button" onClick={() => void logout()} data-testid="logout">
          {t('header.logout')}
        </button>
      </div>
    </header>
  );
}
