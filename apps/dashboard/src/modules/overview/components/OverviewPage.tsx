import { PageHeading } from '../../../app/components/PageHeading';
import { YearPicker } from '../../../app/components/YearPicker';
import { useI18n } from '../../../app/i18n/i18n';
import { placeName } from '../../../app/i18n/translate';
import { hasWork, withQuery, type DrillLevel } from '../../../app/router/routes';
import { Link } from '../../../app/router/router';
import { useLoadableQuery } from '../../../app/apollo/use-loadable-query';
import { useSession } from '../../auth';
import { COUNTIES, CountyComparisonPanel, CountyPicker } from '../../counties';
import type { CountiesQuery } from '../../../generated/graphql';
import { TodoPanel } from '../../work';
import { useDashboardUrl } from '../../../app/analytics/use-dashboard-url';
import { useYears } from '../../../app/analytics/years';
import { DashboardView } from './DashboardView';
import { ReceivedReportsPanel } from '../../quarterly-report';

const selectCounties = (d: CountiesQuery) => d.counties;

/**
 * 领导驾驶舱: the county's budget performance of one year at a glance, with cross-filter and drill-down. An
 * upper level picks one of its counties (every panel then shows that county) and compares them side by side;
 * the subtitle names the county shown (issue 15 §3).
 */
export default function OverviewPage({ drill }: { drill: DrillLevel }) {
  const { t, lang } = useI18n();
  const { year, setYear, county, setCounty } = useDashboardUrl();
  const { years } = useYears();
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const upper = me?.role === 'UPPER_LEVEL';
  const counties = useLoadableQuery(COUNTIES, {}, selectCounties, { skip: !upper }).state;
  const list = counties.status === 'ready' ? counties.data : [];
  const found = list.find((c) => c.code === county);
  const picked = found ? placeName(found, lang) : null;
  const region = me ? placeName({ name: me.regionName, nameEn: me.regionNameEn }, lang) : '';
  const place = upper ? (picked ?? t('county.subtitleAll', { region, count: list.length })) : region;
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
      <DashboardView base="overview" drill={drill} variant="cockpit" />
    </main>
  );
}
