import { BI_ROLES, type Role } from '@jixiao/schema/enums';

// Every address of the dashboard, parsed from and written to the URL by pure functions, so a reload or
// a shared link shows the same view. Query parameters of a view (year, filters, tab, sort) are read by
// the view itself through `useQueryParams`.

/** A drilled section or unit by its code (an older address's global id still opens it). */
export type DrillLevel = { level: 'county' } | { level: 'section'; section: string } | { level: 'unit'; unit: string };

export type Route =
  | { view: 'home' }
  | { view: 'overview'; drill: DrillLevel }
  | { view: 'portfolio'; drill: DrillLevel }
  | { view: 'screen' }
  | { view: 'project'; projectId: string }
  | { view: 'projects' }
  | { view: 'unit' }
  | { view: 'agency' }
  | { view: 'performance' }
  | { view: 'bi' }
  | { view: 'work' }
  | { view: 'import' }
  | { view: 'reports' }
  | { view: 'public' }
  | { view: 'password' }
  | { view: 'admin' }
  | { view: 'organisation' }
  | { view: 'experts' }
  | { view: 'library' }
  | { view: 'not-found' };

export type DashboardBase = 'overview' | 'portfolio';

function drillFrom(rest: string[]): DrillLevel | null {
  if (rest.length === 0) return { level: 'county' };
  if (rest.length === 2 && rest[0] === 'section' && rest[1]) return { level: 'section', section: rest[1] };
  if (rest.length === 2 && rest[0] === 'unit' && rest[1]) return { level: 'unit', unit: rest[1] };
  return null;
}

/**
 * The view an address shows. A drilled section or unit is named by its code (/overview/section/jkw); a
 * project by the API's global id (URL-safe base64).
 */
export function parseRoute(pathname: string): Route {
  const parts = pathname
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  const [head, ...rest] = parts;
  switch (head) {
    case undefined:
      return { view: 'home' };
    case 'overview':
    case 'portfolio': {
      const drill = drillFrom(rest);
      return drill ? { view: head, drill } : { view: 'not-found' };
    }
    case 'projects':
      if (rest.length === 0) return { view: 'projects' };
      return rest.length === 1 ? { view: 'project', projectId: rest[0] } : { view: 'not-found' };
    case 'screen':
    case 'unit':
    case 'agency':
    case 'performance':
    case 'bi':
    case 'work':
    case 'import':
    case 'reports':
    case 'public':
    case 'password':
    case 'organisation':
      return rest.length === 0 ? { view: head } : { view: 'not-found' };
    case 'admin':
      // /admin: users; /admin/experts and /admin/library: the expert and indicator libraries.
      if (rest.length === 0) return { view: 'admin' };
      return rest.length === 1 && (rest[0] === 'experts' || rest[0] === 'library')
        ? { view: rest[0] }
        : { view: 'not-found' };
    default:
      return { view: 'not-found' };
  }
}

/**
 * The path of a dashboard at a drill level: /overview, /portfolio/section/<code>, /overview/unit/<code>. Above
 * one county, the county picked goes in the query (?county=652823); with none picked, the code is qualified by
 * its county (/overview/section/652823.sec-jkw).
 */
export function drillPath(base: DashboardBase, drill: DrillLevel): string {
  switch (drill.level) {
    case 'county':
      return `/${base}`;
    case 'section':
      return `/${base}/section/${encodeURIComponent(drill.section)}`;
    case 'unit':
      return `/${base}/unit/${encodeURIComponent(drill.unit)}`;
  }
}

/** A project's page; an upper level's county pick goes along (?county=652823), so the page and its way back keep it. */
export function projectPath(projectId: string, county?: string | null): string {
  return withQuery(`/projects/${encodeURIComponent(projectId)}`, { county });
}

/** The first view of each role. */
export function homePath(role: Role): string {
  switch (role) {
    case 'LEADERSHIP':
    case 'BUDGET':
    case 'UPPER_LEVEL':
      return '/overview';
    case 'PERFORMANCE':
      return '/performance';
    case 'BUSINESS_SECTION':
    case 'FUND_SECTION':
      return '/portfolio';
    case 'UNIT':
      return '/unit';
    case 'AGENCY':
      return '/agency';
    case 'ADMIN':
      return '/admin';
  }
}

/** Where a role's drill-down and breadcrumbs live: the county cockpit or the section's own portfolio. */
export function dashboardBase(role: Role): DashboardBase | null {
  switch (role) {
    case 'LEADERSHIP':
    case 'BUDGET':
    case 'UPPER_LEVEL':
    case 'PERFORMANCE':
      return 'overview';
    case 'BUSINESS_SECTION':
    case 'FUND_SECTION':
      return 'portfolio';
    case 'UNIT':
    case 'AGENCY':
    case 'ADMIN':
      return null;
  }
}

/** Views each role may open (the server scopes the rows; this keeps the navigation honest). */
export function canOpen(role: Role, view: Route['view']): boolean {
  switch (view) {
    case 'home':
    case 'not-found':
    case 'public':
    case 'password':
      return true;
    case 'bi':
      return BI_ROLES.includes(role);
    case 'project':
    case 'projects':
      // An administrator manages people and sees no project data (the server gives it none either).
      return role !== 'ADMIN';
    case 'admin':
    case 'organisation':
    case 'experts':
    case 'library':
      return role === 'ADMIN';
    case 'overview':
    case 'screen':
      return dashboardBase(role) === 'overview';
    case 'portfolio':
      return dashboardBase(role) === 'portfolio';
    case 'performance':
      return role === 'PERFORMANCE';
    case 'unit':
      return role === 'UNIT';
    case 'agency':
      return role === 'AGENCY';
    case 'work':
      return hasWork(role);
    case 'import':
      return canImport(role);
    case 'reports':
      return canReport(role);
  }
}

/** Roles that import the budget and treasury systems' files (the server's IMPORTER roles). */
export function canImport(role: Role): boolean {
  // An administrator imports units, users and the indicator library (the server lists each role's kinds).
  return role === 'PERFORMANCE' || role === 'BUDGET' || role === 'ADMIN';
}

/** Roles that download the county's annual report and its tables (the performance section edits the template). */
export function canReport(role: Role): boolean {
  return role === 'PERFORMANCE' || role === 'LEADERSHIP';
}

/** Roles with steps of the year's work to do (leadership and upper levels only read; administrators manage users). */
export function hasWork(role: Role): boolean {
  return role !== 'LEADERSHIP' && role !== 'UPPER_LEVEL' && role !== 'ADMIN';
}

/** A search string from parameters, leaving out empty ones and keeping a stable order. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
