import { FrozenCheckpointPanel } from '../frozen/FrozenCheckpointPanel';
import { useCallback, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { FundFamily, Grade } from '@jixiao/schema/enums';
import { Breadcrumb, type Crumb } from '../../../app/components/Breadcrumb';
import { useI18n } from '../../../app/i18n/i18n';
import { drillPath, withQuery, type DashboardBase, type DrillLevel } from '../../../app/router/routes';
import { navigate } from '../../../app/router/router';
import { useSession } from '../../auth';
import { ProjectTable } from '../../projects';
import { AgencyRatingsChart } from '../charts/agency-ratings/Chart';
import { ExecutionByFundFamilyChart } from '../charts/execution-by-fund-family/Chart';
import { ExecutionByGroupChart } from '../charts/execution-by-group/Chart';
import { ExecutionCheckpointsChart } from '../charts/execution-checkpoints/Chart';
import { FlagsOverCheckpointsChart } from '../charts/flags-over-checkpoints/Chart';
import { GradeDistributionChart } from '../charts/grade-distribution/Chart';
import { CalendarPanel } from '../calendar/CalendarPanel';
import { budgetScope, scopeOf, toggle, type CrossFilter } from '../../../app/analytics/cross-filter';
import { DRILL_SECTION, DRILL_UNIT } from '../graphql/drill.graphql';
import { useDashboardUrl } from '../../../app/analytics/use-dashboard-url';
import { useYears } from '../../../app/analytics/years';
import { useSections } from '../hooks/useOverviewQueries';
import { CockpitCutsPanel, CutTotalsPanel } from '../rankings/CutPanels';
import { ExecutionRankingPanel, OverdueRankingPanel } from '../rankings/RankingPanels';
import { FilterChips } from './FilterChips';
import { KpiRow } from './KpiRow';

export interface DashboardViewProps {
  base: DashboardBase;
  drill: DrillLevel;
  /** The county cockpit adds agency ratings and the calendar; a portfolio keeps to its projects. */
  variant: 'cockpit' | 'portfolio';
}

/**
 * The panels of a dashboard at a drill level (county → section → unit → projects), narrowed by the
 * cross-filter in the URL. The server has already limited every figure to the viewer's portfolio.
 */
export function DashboardView({ base, drill, variant }: DashboardViewProps) {
  const { t } = useI18n();
  const { state: session } = useSession();
  const role = session.status === 'signed-in' ? session.me.role : null;
  const { year, filter, setFilter, county } = useDashboardUrl();
  // The route object is new on every render: the scope is memoised on the drill's ids.
  const drillSection = drill.level === 'section' ? drill.sectionId : null;
  const drillUnit = drill.level === 'unit' ? drill.unitId : null;
  const scope = useMemo(
    () =>
      scopeOf(
        filter,
        drillUnit
          ? { level: 'unit', unitId: drillUnit }
          : drillSection
            ? { level: 'section', sectionId: drillSection }
            : { level: 'county' },
        county,
      ),
    [filter, drillSection, drillUnit, county],
  );
  const sections = useSections().state;
  const sectionName = (id: string | null) =>
    id && sections.status === 'ready' ? (sections.data.find((s) => s.id === id)?.name ?? null) : null;
  const sectionNode = useQuery(DRILL_SECTION, {
    variables: { id: drill.level === 'section' ? drill.sectionId : '' },
    skip: drill.level !== 'section',
  });
  const unitNode = useQuery(DRILL_UNIT, {
    variables: { id: drill.level === 'unit' ? drill.unitId : '' },
    skip: drill.level !== 'unit',
  });

  // Drilling keeps the year and the filters that still apply; the section filter becomes the level.
  const { defaultYear } = useYears();
  const keep = useCallback(
    (path: string) =>
      withQuery(path, {
        year: year === defaultYear ? null : year,
        county,
        ff: filter.fundFamily,
        grade: filter.grade,
      }),
    [year, defaultYear, county, filter.fundFamily, filter.grade],
  );
  const onFilter = useCallback((next: CrossFilter) => setFilter(next), [setFilter]);
  const onFamily = useCallback((f: FundFamily) => onFilter(toggle(filter, 'fundFamily', f)), [filter, onFilter]);
  const onGrade = useCallback((g: Grade) => onFilter(toggle(filter, 'grade', g)), [filter, onFilter]);
  const onSection = useCallback((id: string) => onFilter(toggle(filter, 'sectionId', id)), [filter, onFilter]);
  const openUnit = useCallback(
    (id: string) => navigate(keep(drillPath(base, { level: 'unit', unitId: id }))),
    [base, keep],
  );

  const rootLabel = variant === 'cockpit' ? t('drill.county') : t('drill.portfolio');
  const crumbs: Crumb[] = [{ label: rootLabel, to: keep(drillPath(base, { level: 'county' })) }];
  const sectionData = sectionNode.data?.node && 'name' in sectionNode.data.node ? sectionNode.data.node : null;
  const unitData = unitNode.data?.node && 'name' in unitNode.data.node ? unitNode.data.node : null;
  if (drill.level === 'section') crumbs.push({ label: sectionData?.name ?? sectionName(drill.sectionId) ?? '…' });
  if (drill.level === 'unit') {
    const section = unitData && 'section' in unitData ? unitData.section : null;
    if (section)
      crumbs.push({ label: section.name, to: keep(drillPath(base, { level: 'section', sectionId: section.id })) });
    crumbs.push({ label: unitData?.name ?? '…' });
  }
  const notFound =
    (drill.level === 'section' && sectionNode.data && !sectionData) ||
    (drill.level === 'unit' && unitNode.data && !unitData);

  // A section's portfolio is broken down by the units running its projects; the county by section.
  const groupDimension: 'SECTION' | 'UNIT' =
    drill.level === 'section' || role === 'BUSINESS_SECTION' || role === 'FUND_SECTION' ? 'UNIT' : 'SECTION';
  // The budget-year panels stay on the page's year: a grade is of the evaluations of the year before.
  const budget = useMemo(() => budgetScope(scope), [scope]);

  return (
    <div className="dashboard" data-drill={drill.level}>
      {drill.level !== 'county' && <Breadcrumb items={crumbs} />}
      {drill.level !== 'unit' && (
        <FilterChips
          year={year}
          filter={drill.level === 'section' ? { ...filter, sectionId: null } : filter}
          onChange={(next) => onFilter(drill.level === 'section' ? { ...next, sectionId: filter.sectionId } : next)}
          sectionName={sectionName(filter.sectionId)}
          drillTo={filter.sectionId ? keep(drillPath(base, { level: 'section', sectionId: filter.sectionId })) : null}
        />
      )}
      {notFound ? (
        <p className="notice" role="alert">
          {t('drill.notFound')}
        </p>
      ) : (
        <>
          <KpiRow
            year={year}
            scope={budget}
            only={variant === 'cockpit' && drill.level === 'county' ? undefined : PORTFOLIO_KPIS}
          />
          {drill.level === 'unit' ? (
            <div className="dashboard__grid">
              <ExecutionCheckpointsChart year={year} scope={budget} height={280} />
              <FlagsOverCheckpointsChart year={year} scope={budget} height={280} />
              <div className="dashboard__wide">
                <ProjectTable
                  year={year}
                  fixedUnitId={drill.unitId}
                  title={t('drill.projectList', { unit: unitData?.name ?? '' })}
                  fileLabel={unitData?.name ?? ''}
                  variant="unit"
                  testId="drill-project-table"
                />
              </div>
            </div>
          ) : (
            <div className="dashboard__grid">
              <ExecutionCheckpointsChart year={year} scope={budget} />
              <ExecutionByFundFamilyChart year={year} scope={budget} onSelect={onFamily} />
              <ExecutionByGroupChart
                dimension={groupDimension}
                year={year}
                scope={budget}
                selected={groupDimension === 'SECTION' ? filter.sectionId : null}
                onSelect={groupDimension === 'SECTION' ? onSection : openUnit}
              />
              <FlagsOverCheckpointsChart year={year} scope={budget} />
              <GradeDistributionChart year={year} scope={scope} onSelect={onGrade} />
              {variant === 'cockpit' && drill.level === 'county' && (
                <>
                  <AgencyRatingsChart year={year} note={t('chart.agencies.notFiltered')} />
                  <FrozenCheckpointPanel year={year} className="dashboard__wide" />
                  <ExecutionRankingPanel year={year} scope={budget} className="dashboard__wide" />
                  <OverdueRankingPanel year={year} scope={budget} className="dashboard__wide" />
                  {role === 'BUDGET' && <CutTotalsPanel year={year} scope={scope} className="dashboard__wide" />}
                  <CockpitCutsPanel year={year} scope={scope} className="dashboard__wide" />
                  <div className="dashboard__wide">
                    <CalendarPanel year={year} />
                  </div>
                </>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}

const PORTFOLIO_KPIS = [
  'projects',
  'budget',
  'executed',
  'execution-rate',
  'yellow',
  'red',
  'excellent-share',
] as const;
