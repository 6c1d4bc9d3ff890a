import { PageHeading } from '../../../app/components/PageHeading';
import { YearPicker } from '../../../app/components/YearPicker';
import { useI18n } from '../../../app/i18n/i18n';
import { hasWork, withQuery, type DrillLevel } from '../../../app/router/routes';
import { Link } from '../../../app/router/router';
import { useSession } from '../../auth';
import { TodoPanel } from '../../work';
import { useDashboardUrl } from '../../../app/analytics/use-dashboard-url';
import { useYears } from '../../../app/analytics/years';
import { DashboardView } from './DashboardView';
import { ReceivedReportsPanel } from '../../quarterly-report';

/** 领导驾驶舱: the county's budget performance of one year at a glance, with cross-filter and drill-down. */
export default function OverviewPage({ drill }: { drill: DrillLevel }) {
  const { t } = useI18n();
  const { year, setYear } = useDashboardUrl();
  const { years } = useYears();
  const { state } = useSession();
  // The budget section works from the cockpit: its to-dos (cuts to decide) sit on top.
  // So does the prefecture: the quarterly reports its counties sent.
  const showTodos =
    state.status === 'signed-in' &&
    (hasWork(state.me.role) || state.me.role === 'UPPER_LEVEL') &&
    drill.level === 'county';
  return (
    <main className="page" id="main">
      <PageHeading title={t('overview.title')} subtitle={t('overview.subtitle', { year })}>
        <YearPicker year={year} years={years} onChange={setYear} />
        <Link
          to={withQuery('/screen', { year, refresh: 60 })}
          className="button"
          target="_blank"
          rel="noopener"
          data-testid="open-screen"
        >
          {t('overview.screen')}
        </Link>
      </PageHeading>
      {showTodos && <TodoPanel />}
      {/* The prefecture receives its counties' quarterly reports here (issue 13 §3). */}
      {state.status === 'signed-in' && state.me.role === 'UPPER_LEVEL' && drill.level === 'county' && (
        <ReceivedReportsPanel />
      )}
      <DashboardView base="overview" drill={drill} variant="cockpit" />
    </main>
  );
}
