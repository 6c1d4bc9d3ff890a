import { BI_ROLES, type Role } from '@jixiao/schema/enums';
import type { MessageKey } from '../i18n/messages';
import { canImport, canReport, hasWork } from '../router/routes';

export interface NavItem {
  path: string;
  label: MessageKey;
}

/** The views in the header, the role's home first. */
export function navItems(role: Role): NavItem[] {
  const all = homeItems(role);
  // 数据接口 only for the roles that use BI tokens (the server refuses a token to the others).
  const items = BI_ROLES.includes(role) ? all : all.filter((i) => i.path !== '/bi');
  // The work bench comes right after the home view; imports and reports before the BI page.
  const extra: NavItem[] = [
    ...(canImport(role) ? [{ path: '/import', label: 'nav.import' } as NavItem] : []),
    ...(canReport(role) ? [{ path: '/reports', label: 'nav.reports' } as NavItem] : []),
  ];
  // An administrator has no BI page to keep last: its imports (units, users, the library) come after its views.
  const withExtra =
    role === 'ADMIN' ? [...items, ...extra] : [...items.slice(0, -1), ...extra, items[items.length - 1]!];
  return hasWork(role) ? [withExtra[0]!, { path: '/work', label: 'nav.work' }, ...withExtra.slice(1)] : withExtra;
}

function homeItems(role: Role): NavItem[] {
  const bi: NavItem = { path: '/bi', label: 'nav.bi' };
  switch (role) {
    case 'LEADERSHIP':
    case 'BUDGET':
    case 'UPPER_LEVEL':
      return [{ path: '/overview', label: 'nav.overview' }, bi];
    case 'PERFORMANCE':
      return [{ path: '/performance', label: 'nav.performance' }, { path: '/overview', label: 'nav.overview' }, bi];
    case 'BUSINESS_SECTION':
    case 'FUND_SECTION':
      return [{ path: '/portfolio', label: 'nav.portfolio' }, bi];
    case 'UNIT':
      return [{ path: '/unit', label: 'nav.unit' }, bi];
    case 'AGENCY':
      return [{ path: '/agency', label: 'nav.agency' }, bi];
    case 'ADMIN':
      // An administrator sees no project data: no BI access either.
      return [
        { path: '/admin', label: 'nav.admin' },
        { path: '/organisation', label: 'nav.organisation' },
        { path: '/admin/experts', label: 'nav.experts' },
        { path: '/admin/library', label: 'nav.library' },
      ];
  }
}

/** The item of the view shown (the longest matching path: /admin/experts, not /admin); project pages belong to the role's home. */
export function activeItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  const matches = items.filter((i) => pathname === i.path || pathname.startsWith(`${i.path}/`));
  const best = matches.reduce<NavItem | undefined>((a, b) => (a && a.path.length >= b.path.length ? a : b), undefined);
  return best ?? (pathname.startsWith('/projects/') ? items[0] : undefined);
}
