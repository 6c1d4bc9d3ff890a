import { describe, expect, it } from 'vitest';
import { ROLES } from '@jixiao/schema/enums';
import { activeItem, navItems } from '../shell/nav';
import { canOpen, drillPath, homePath, parseRoute, projectPath, withQuery } from './routes';

describe('routes', () => {
  it.each([
    ['/', { view: 'home' }],
    ['/overview', { view: 'overview', drill: { level: 'county' } }],
    ['/overview/section/jkw', { view: 'overview', drill: { level: 'section', section: 'jkw' } }],
    ['/portfolio/unit/jyj/', { view: 'portfolio', drill: { level: 'unit', unit: 'jyj' } }],
    // Older addresses carried the global id: it is read as it is (the view tells an id from a code).
    ['/overview/section/U2VjdGlvbjo0', { view: 'overview', drill: { level: 'section', section: 'U2VjdGlvbjo0' } }],
    ['/portfolio/unit/VW5pdDoxNw/', { view: 'portfolio', drill: { level: 'unit', unit: 'VW5pdDoxNw' } }],
    ['/projects/UHJvamVjdDo5Nw', { view: 'project', projectId: 'UHJvamVjdDo5Nw' }],
    ['/projects', { view: 'projects' }],
    ['/screen', { view: 'screen' }],
    ['/bi', { view: 'bi' }],
    ['/public', { view: 'public' }],
    ['/password', { view: 'password' }],
    ['/admin', { view: 'admin' }],
    ['/admin/x', { view: 'not-found' }],
    ['/admin/experts', { view: 'experts' }],
    ['/admin/library', { view: 'library' }],
    ['/admin/library/x', { view: 'not-found' }],
    ['/public/x', { view: 'not-found' }],
    ['/overview/region/1', { view: 'not-found' }],
    ['/nowhere', { view: 'not-found' }],
  ])('%s is %j', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('writes the paths it reads', () => {
    const drill = { level: 'section', section: 'jkw' } as const;
    expect(drillPath('overview', drill)).toBe('/overview/section/jkw');
    expect(parseRoute(drillPath('portfolio', drill))).toEqual({ view: 'portfolio', drill });
    const unit = { level: 'unit', unit: 'E2E-LX1' } as const;
    expect(drillPath('overview', unit)).toBe('/overview/unit/E2E-LX1');
    expect(parseRoute(drillPath('overview', unit))).toEqual({ view: 'overview', drill: unit });
    // Above one county with none picked, a code qualified by its county.
    const qualified = { level: 'section' as const, section: '652823.sec-jkw' };
    expect(drillPath('overview', qualified)).toBe('/overview/section/652823.sec-jkw');
    expect(parseRoute(drillPath('overview', qualified))).toEqual({ view: 'overview', drill: qualified });
    expect(parseRoute(projectPath('UHJvamVjdDo5Nw'))).toEqual({ view: 'project', projectId: 'UHJvamVjdDo5Nw' });
    expect(withQuery('/overview', { year: 2022, ff: null, grade: '' })).toBe('/overview?year=2022');
  });

  it('gives each role a home it may open, and a header entry for it', () => {
    for (const role of ROLES) {
      const home = parseRoute(homePath(role));
      expect(canOpen(role, home.view), role).toBe(true);
      expect(navItems(role)[0].path).toBe(homePath(role));
    }
    expect(canOpen('UNIT', 'overview')).toBe(false);
    expect(canOpen('AGENCY', 'portfolio')).toBe(false);
    expect(canOpen('BUSINESS_SECTION', 'overview')).toBe(false);
    expect(canOpen('PERFORMANCE', 'overview')).toBe(true);
  });

  it('opens user administration to administrators only, and gives them no project views', () => {
    for (const role of ROLES) {
      expect(canOpen(role, 'admin'), role).toBe(role === 'ADMIN');
      expect(canOpen(role, 'password'), role).toBe(true);
    }
    expect(navItems('ADMIN').map((i) => i.path)).toEqual([
      '/admin',
      '/organisation',
      '/admin/experts',
      '/admin/library',
      '/import',
    ]);
    expect(activeItem(navItems('ADMIN'), '/admin/experts')?.path).toBe('/admin/experts');
    expect(activeItem(navItems('ADMIN'), '/admin')?.path).toBe('/admin');
    for (const view of ['experts', 'library'] as const) {
      for (const role of ROLES) expect(canOpen(role, view), `${role} ${view}`).toBe(role === 'ADMIN');
    }
    for (const view of ['overview', 'portfolio', 'project', 'bi', 'work', 'screen'] as const) {
      expect(canOpen('ADMIN', view), view).toBe(false);
    }
    // Its imports: units, users and the indicator library (the server offers it no other kind).
    expect(canOpen('ADMIN', 'import')).toBe(true);
  });

  it('marks the header entry of the view shown, project pages under the home', () => {
    const items = navItems('PERFORMANCE');
    expect(activeItem(items, '/overview/section/x')?.path).toBe('/overview');
    expect(activeItem(items, '/projects/x')?.path).toBe('/performance');
    expect(activeItem(items, '/elsewhere')).toBeUndefined();
  });

  it('opens the reports page to the performance section and leadership only, with a header entry for them', () => {
    expect(parseRoute('/reports')).toEqual({ view: 'reports' });
    for (const role of ROLES) {
      const allowed = role === 'PERFORMANCE' || role === 'LEADERSHIP';
      expect(canOpen(role, 'reports'), role).toBe(allowed);
      expect(
        navItems(role).some((i) => i.path === '/reports'),
        role,
      ).toBe(allowed);
    }
  });

  it('offers 数据接口 only to the roles that use BI tokens: not to units, agencies or administrators', () => {
    const users = ['LEADERSHIP', 'PERFORMANCE', 'BUDGET', 'BUSINESS_SECTION', 'FUND_SECTION', 'UPPER_LEVEL'];
    for (const role of ROLES) {
      expect(canOpen(role, 'bi'), role).toBe(users.includes(role));
      expect(
        navItems(role).some((i) => i.path === '/bi'),
        role,
      ).toBe(users.includes(role));
    }
    expect(navItems('UNIT').map((i) => i.path)).toEqual(['/unit', '/work']);
  });
});
