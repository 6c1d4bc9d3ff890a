import { ROLE_LABELS } from '@jixiao/schema/enums';
import type { ViewerFieldsFragment } from '../../generated/graphql';
import { useSession } from '../../modules/auth';
import { useI18n } from '../i18n/i18n';
import { bilingual, placeName } from '../i18n/translate';
import { Link, useLocation } from '../router/router';
import { ThemeSwitch } from '../theme/theme';
import { LanguageSwitch } from './LanguageSwitch';
import { activeItem, navItems } from './nav';

/** Brand, the views of the role, and who is looking at what: name, role, scope; language, theme, logout. */
export function AppHeader({ me }: { me: ViewerFieldsFragment }) {
  const { t, lang } = useI18n();
  const { logout } = useSession();
  const { pathname } = useLocation();
  const items = navItems(me.role);
  const active = activeItem(items, pathname);
  const affiliation =
    me.sectionName ?? me.unitName ?? me.agencyName ?? placeName({ name: me.regionName, nameEn: me.regionNameEn }, lang);
  const scope = bilingual(me.scopeDescription, lang);
  return (
    <header className="app-header">
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <Link to={items[0].path} className="app-header__brand" aria-label={t('app.title')}>
        <span className="brand-mark" aria-hidden="true">
          绩
        </span>
        <span className="app-header__title">{t('app.title')}</span>
      </Link>
      <nav className="app-header__nav" aria-label={t('nav.label')}>
        {items.map((item) => (
          <Link
            key={item.path}
            to={item.path}
            aria-current={item === active ? 'page' : undefined}
            data-testid={`nav-${item.path.slice(1).replaceAll('/', '-')}`}
          >
            {t(item.label)}
          </Link>
        ))}
      </nav>
      <div className="app-header__viewer" data-testid="viewer">
        <div className="app-header__who">
          <span className="app-header__name" title={me.displayName} data-testid="viewer-name">
            {me.displayName}
          </span>
          <span className="role-badge" data-testid="viewer-role">
            {ROLE_LABELS[me.role][lang]}
          </span>
          <span className="app-header__affiliation">{affiliation}</span>
        </div>
        <div className="app-header__scope" title={me.scopeDescription} data-testid="viewer-scope">
          {t('header.scope')}：{scope}
        </div>
      </div>
      <div className="app-header__actions">
        <LanguageSwitch />
        <ThemeSwitch />
        <Link to="/password" className="button" data-testid="change-password">
          {t('header.password')}
        </Link>
        <button type="button" className="button" onClick={() => void logout()} data-testid="logout">
          {t('header.logout')}
        </button>
      </div>
    </header>
  );
}
