import { PageHeading } from '../../../app/components/PageHeading';
import { YearPicker } from '../../../app/components/YearPicker';
import { useI18n } from '../../../app/i18n/i18n';
import { hasWork, withQuery, type DrillLevel } from '../../../app/router/routes';
import { Link } from '../../../app/router/router';
import { BriefingExport } from '../../../app/export/BriefingExport';
import { useSession } from '../../auth';
import { CountyComparisonPanel, CountyPicker, usePlaceName } from '../../counties';
import { TodoPanel } from '../../work';
import { useDashboardUrl } from '../../../app/analytics/use-dashboard-url';
import { useYears } from '../../../app/analytics/years';
import { DashboardView } from './DashboardView';
import { ReceivedReportsPanel } from '../../quarterly-report';
import { PrefectureEvaluationsPanel } from '../../government-evaluation';
import { KeyEvaluationShortfallWarning } from '../../evaluation';

/**
 * 领导驾驶舱: the county's budget performance of one year at a glance, with cross-filter and drill-down. An
 * upper level picks one of its counties (every panel then shows that county) and compares them side by side;
 * the subtitle names the county shown (issue 15 §3).
 */
export default function OverviewPage({ drill }: { drill: DrillLevel }) {
  const { t } = useI18n();
  const { year, setYear, county, setCounty } = useDashboardUrl();
  const { years } = useYears();
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const { name: place, picked, upper, counties: list } = usePlaceName(county);
  // The budget section works from the cockpit: its to-dos (cuts to decide) sit on top.
  // So does the prefecture: the quarterly reports its counties sent.
  const showTodos = me !== null && (hasWork(me.role) || upper) && drill.level === 'county';
  return (
    <main className="page" id="main">
      <PageHeading
        title={t('overview.title')}
        subtitle={<span data-testid="page-subtitle">{t('overview.subtitle', { year, county: place })}</span>}
      >
        {upper && <CountyPicker counties={list} value={picked ? county : null} onChange={setCounty} />}
        <YearPicker year={year} years={years} onChange={setYear} />
        <BriefingExport />
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
      {upper && drill.level === 'county' && (
        <div className="dashboard__grid county-comparison">
          <CountyComparisonPanel
            year={year}
            selected={county}
            link={(code) => withQuery('/overview', { year, county: code })}
            className="dashboard__wide"
          />
        </div>
      )}
      {/* The prefecture receives its counties' quarterly reports here (issue 13 §3). */}
      {upper && drill.level === 'county' && <ReceivedReportsPanel />}
      {/* And selects its counties for the evaluation of lower governments, and scores them (issue 13 §2). */}
      {upper && drill.level === 'county' && <PrefectureEvaluationsPanel year={year} county={picked ? county : null} />}
      {!upper && drill.level === 'county' && <KeyEvaluationShortfallWarning year={year} />}
      <DashboardView base="overview" drill={drill} variant="cockpit" />
    </main>
  );
}
