import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import type { ViewerFieldsFragment } from '../generated/graphql';
import { SessionGate, SessionProvider } from '../modules/auth';
import { createApolloClient } from './apollo/apollo-client';
import { I18nProvider, useI18n } from './i18n/i18n';
import { canOpen, homePath, parseRoute, type Route } from './router/routes';
import { Link, navigate, useLocation } from './router/router';
import { AppHeader } from './shell/AppHeader';
import { ThemeProvider } from './theme/theme';
import { ToastProvider } from './components/Toast';
import { YearsProvider } from './analytics/years';

// Each view is its own chunk, loaded when first opened: the login page carries none of them.
const OverviewPage = lazy(() => import('../modules/overview/components/OverviewPage'));
const PortfolioPage = lazy(() => import('../modules/portfolio/components/PortfolioPage'));
const ProjectDetailPage = lazy(() => import('../modules/projects/components/ProjectDetailPage'));
const ProjectListPage = lazy(() => import('../modules/projects/components/ProjectListPage'));
const UnitHomePage = lazy(() => import('../modules/unit/components/UnitHomePage'));
const AgencyHomePage = lazy(() => import('../modules/agency/components/AgencyHomePage'));
const PerformanceHomePage = lazy(() => import('../modules/performance/components/PerformanceHomePage'));
const BiPage = lazy(() => import('../modules/bi/components/BiPage'));
const ImportPage = lazy(() => import('../modules/import/components/ImportPage'));
const WorkPage = lazy(() => import('../modules/work/components/WorkPage'));
const BigScreenPage = lazy(() => import('../modules/screen/components/BigScreenPage'));
const PublicDisclosurePage = lazy(() => import('../modules/disclosure/components/PublicDisclosurePage'));
const ChangePasswordPage = lazy(() => import('../modules/auth/components/ChangePasswordPage'));
const UsersPage = lazy(() => import('../modules/admin/components/UsersPage'));
const OrganisationPage = lazy(() => import('../modules/organisation/components/OrganisationPage'));
const ExpertsPage = lazy(() => import('../modules/library/components/ExpertsPage'));
const LibraryPage = lazy(() => import('../modules/library/components/LibraryPage'));
const ReportsPage = lazy(() => import('../modules/reports/components/ReportsPage'));

function ViewFallback() {
  const { t } = useI18n();
  return (
    <main className="page" aria-busy="true">
      <Panel title={t('app.loadingView')} status="loading" minHeight={320} />
    </main>
  );
}

function Message({ title, text, home }: { title: string; text: string; home: string }) {
  const { t } = useI18n();
  return (
    <main className="page" id="main">
      <div className="message-page" role="alert">
        <h1>{title}</h1>
        <p>{text}</p>
        <Link to={home} className="button button--primary">
          {t('app.backHome')}
        </Link>
      </div>
    </main>
  );
}

function View({ route, me }: { route: Route; me: ViewerFieldsFragment }) {
  const { t } = useI18n();
  const home = homePath(me.role);
  if (route.view === 'not-found')
    return <Message title={t('app.notFoundTitle')} text={t('app.notFound')} home={home} />;
  if (!canOpen(me.role, route.view))
    return <Message title={t('app.forbiddenTitle')} text={t('app.forbidden')} home={home} />;
  switch (route.view) {
    case 'home':
    case 'public':
      return null;
    case 'overview':
      return <OverviewPage drill={route.drill} />;
    case 'portfolio':
      return <PortfolioPage drill={route.drill} />;
    case 'project':
      return <ProjectDetailPage key={route.projectId} projectId={route.projectId} />;
    case 'projects':
      return <ProjectListPage />;
    case 'unit':
      return <UnitHomePage />;
    case 'agency':
      return <AgencyHomePage />;
    case 'performance':
      return <PerformanceHomePage />;
    case 'bi':
      return <BiPage />;
    case 'screen':
      return <BigScreenPage />;
    case 'reports':
      return <ReportsPage />;
    case 'work':
      return <WorkPage role={me.role} />;
    case 'import':
      return <ImportPage />;
    case 'password':
      return <ChangePasswordPage />;
    case 'admin':
      return <UsersPage />;
    case 'organisation':
      return <OrganisationPage />;
    case 'experts':
      return <ExpertsPage />;
    case 'library':
      return <LibraryPage />;
  }
}

function SignedIn({ me }: { me: ViewerFieldsFragment }) {
  const { pathname } = useLocation();
  const route = parseRoute(pathname);
  // Scroll to the top when the view (not just its query string) changes. (A block: newer browsers'
  // scrollTo returns a promise, which React would take for a cleanup function.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  // '/' moves to the role's home at once, not after the view's years have loaded.
  const home = homePath(me.role);
  useEffect(() => {
    if (route.view === 'home') navigate(`${home}${window.location.search}`, { replace: true });
  }, [route.view, home]);
  // The years are the server's, loaded once the session may ask (after a forced password change); the
  // header never waits for them, only the view.
  const view = (
    <YearsProvider fallback={<ViewFallback />}>
      <Suspense fallback={<ViewFallback />}>
        <View route={route} me={me} />
      </Suspense>
    </YearsProvider>
  );
  if (route.view === 'screen' && canOpen(me.role, 'screen')) return view;
  return (
    <div className="app">
      <AppHeader me={me} />
      {view}
    </div>
  );
}

/** 信息公开 (/public) needs no session: shown to anyone, without the login or the session's queries. */
function SessionOrPublic({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  if (parseRoute(pathname).view !== 'public') return <>{children}</>;
  return (
    <Suspense fallback={<ViewFallback />}>
      <PublicDisclosurePage />
    </Suspense>
  );
}

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <I18nProvider>
      <ThemeProvider>
        <ApolloProvider client={client}>
          <ToastProvider>
            <SessionOrPublic>
              <SessionProvider>
                <SessionGate>{(me) => <SignedIn me={me} />}</SessionGate>
              </SessionProvider>
            </SessionOrPublic>
          </ToastProvider>
        </ApolloProvider>
      </ThemeProvider>
    </I18nProvider>
  );
}
