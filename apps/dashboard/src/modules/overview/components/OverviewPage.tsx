import { useI18n } from '../../../app/i18n/i18n';
import { AgencyRatingsChart } from '../charts/agency-ratings/Chart';
import { ExecutionByFundFamilyChart } from '../charts/execution-by-fund-family/Chart';
import { ExecutionCheckpointsChart } from '../charts/execution-checkpoints/Chart';
import { GradeDistributionChart } from '../charts/grade-distribution/Chart';
import { OVERVIEW_YEARS, useOverviewYear } from '../hooks/useOverviewYear';
import { KpiRow } from './KpiRow';
import { YearPicker } from './YearPicker';

/** 领导驾驶舱: the county's budget performance of one year at a glance. */
export function OverviewPage() {
  const { t } = useI18n();
  const [year, setYear] = useOverviewYear();
  return (
    <main className="overview">
      <div className="overview__heading">
        <div>
          <h1>{t('overview.title')}</h1>
          <p>{t('overview.subtitle', { year })}</p>
        </div>
        <YearPicker year={year} years={OVERVIEW_YEARS} onChange={setYear} />
      </div>
      <KpiRow year={year} />
      <div className="overview__charts">
        <ExecutionCheckpointsChart year={year} />
        <ExecutionByFundFamilyChart year={year} />
        <GradeDistributionChart year={year} />
        <AgencyRatingsChart year={year} />
      </div>
    </main>
  );
}
