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
import {
  budgetScope,
  idOrCode,
  qualify,
  sameRef,
  scopeOf,
  toggle,
  type CrossFilter,
} from '../../../app/analytics/cross-filter';
import { placeName } from '../../../app/i18n/translate';
import { usePlaceName } from '../../counties';
import { DRILL_SECTION, DRILL_UNIT, DRILL_UNIT_BY_CODE } from '../graphql/drill.graphql';
import type { GroupRef } from '../charts/execution-by-group/Chart';
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
  const { t, lang } = useI18n();
  const { state: session } = useSession();
  const role = session.status === 'signed-in' ? session.me.role : null;
  const { year, filter, setFilter, county } = useDashboardUrl();
  // An upper level sees several counties: with none picked, a section's or unit's code is qualified by its
  // county (652823.sec-jkw), which then limits the figures while the picker still shows every county.
  const spansCounties = role === 'UPPER_LEVEL';
  // The route object is new on every render: the scope is memoised on the drill's codes.
  const drillSection = drill.level === 'section' ? drill.section : null;
  const drillUnit = drill.level === 'unit' ? drill.unit : null;
  const scope = useMemo(
    () =>
      scopeOf(
        filter,
        drillUnit
          ? { level: 'unit', unit: drillUnit }
          : drillSection
            ? { level: 'section', section: drillSection }
            : { level: 'county' },
        county,
        spansCounties,
      ),
    [filter, drillSection, drillUnit, county, spansCounties],
  );
  const sections = useSections().state;
  // A section by its code in the county picked or the one its code is qualified by, if any (codes are unique
  // in a county), or an older address's id.
  const sectionOf = (ref: string | null) =>
    ref && sections.status === 'ready'
      ? (sections.data.find((s) => sameRef('Section', ref, s) && (!county || s.regionCode === county)) ?? null)
      : null;
  const sectionName = (ref: string | null) => sectionOf(ref)?.name ?? null;
  // The county a qualified section or unit belongs to, named beside it when none is picked.
  const { counties } = usePlaceName(county);
  const refCountyRow = scope.spansCounties ? counties.find((c) => c.code === scope.regionCode) : undefined;
  const refCounty =
    scope.spansCounties && scope.regionCode ? (refCountyRow ? placeName(refCountyRow, lang) : '…') : null;
  const inCounty = (name: string) => (refCounty ? t('filter.inCounty', { name, county: refCounty }) : name);
  // Drilled levels by code (without a county's qualifier); an older address's global id is read as a node.
  const sectionRef = idOrCode('Section', drillSection ? scope.section : null);
  const unitRef = idOrCode('Unit', drillUnit ? scope.unit : null);
  const sectionNode = useQuery(DRILL_SECTION, {
    variables: { id: sectionRef.id ?? '' },
    skip: !sectionRef.id,
  });
  const unitNode = useQuery(DRILL_UNIT, { variables: { id: unitRef.id ?? '' }, skip: !unitRef.id });
  const unitByCode = useQuery(DRILL_UNIT_BY_CODE, {
    variables: { code: unitRef.code ?? '', regionCode: scope.regionCode ?? null },
    skip: !unitRef.code,
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
  // The address names a section by its code; above one county with none picked, qualified by its county
  // (?section=652823.sec-jkw): the county picker is left as it was, so clearing the chip restores the page.
  const onSection = useCallback(
    (g: GroupRef) => {
      const next = sameRef('Section', filter.section, { id: '', code: g.code, regionCode: g.regionCode })
        ? { ...filter, section: null }
        : { ...filter, section: qualify(scope, g.code, g.regionCode) };
      setFilter(next);
    },
    [filter, setFilter, scope],
  );
  const openUnit = useCallback(
    (g: GroupRef) => {
      navigate(keep(drillPath(base, { level: 'unit', unit: qualify(scope, g.code, g.regionCode) })));
    },
    [base, keep, scope],
  );

  const rootLabel = variant === 'cockpit' ? t('drill.county') : t('drill.portfolio');
  const crumbs: Crumb[] = [{ label: rootLabel, to: keep(drillPath(base, { level: 'county' })) }];
  const sectionData = sectionRef.id
    ? sectionNode.data?.node && 'name' in sectionNode.data.node
      ? sectionNode.data.node
      : null
    : sectionOf(drillSection);
  const unitFields = unitRef.id
    ? unitNode.data?.node && 'name' in unitNode.data.node
      ? unitNode.data.node
      : null
    : (unitByCode.data?.units.edges[0]?.node ?? null);
  const unitData = unitFields;
  if (drill.level === 'section') crumbs.push({ label: inCounty(sectionData?.name ?? '…') });
  if (drill.level === 'unit') {
    const section = unitData?.section ?? null;
    if (section)
      crumbs.push({
        label: inCounty(section.name),
        to: keep(drillPath(base, { level: 'section', section: qualify(scope, section.code, scope.regionCode) })),
      });
    crumbs.push({ label: unitData?.name ?? '…' });
  }
  const notFound =
    (drill.level === 'section' &&
      (sectionRef.id ? sectionNode.data && !sectionData : sections.status === 'ready' && !sectionData)) ||
    (drill.level === 'unit' &&
      (unitRef.id ? unitNode.data && !unitData : (unitByCode.data || unitByCode.error) && !unitData));

  const filteredName = sectionName(filter.section);

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
          filter={drill.level === 'section' ? { ...filter, section: null } : filter}
          onChange={(next) => onFilter(drill.level === 'section' ? { ...next, section: filter.section } : next)}
          sectionName={filteredName ? inCounty(filteredName) : null}
          drillTo={filter.section ? keep(drillPath(base, { level: 'section', section: filter.section })) : null}
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
                  fixedUnit={drill.unit}
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
                selected={groupDimension === 'SECTION' ? filter.section : null}
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
