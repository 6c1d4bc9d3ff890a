import { useMemo } from 'react';
import { useChartContext } from '../../../../app/charts/chart-context';
import { ChartPanel } from '../../../../app/components/ChartPanel';
import { mapLoadable } from '../../../../app/loadable';
import { useAgencyRatings } from '../../hooks/useOverviewQueries';
import { agencyChartHeight, rankedAgencies, agencyRatingsOption, ratingWeights } from './transform';
import { navigate } from '../../../../app/router/router';
import { scopeListPath } from '../../links';

const NO_SCOPE = { fundFamily: null, section: null, unit: null, grade: null };

/** Credit ratings of the third-party agencies of a year (not narrowed by the cross-filter: agencies are not projects). */
export function AgencyRatingsChart({ year, note, height }: { year: number; note?: string; height?: number }) {
  const ctx = useChartContext();
  const { t } = ctx;
  const { state, retry } = useAgencyRatings(year);
  const option = useMemo(
    () => mapLoadable(state, (d) => agencyRatingsOption(d.agencyRatings, ratingWeights(d.ruleSet.rules), ctx)),
    [state, ctx],
  );
  // An agency's bar opens the projects it evaluated in the year rated: evaluations made in `year` judge the
  // budget of the year before (as the grade chart says).
  const rows = state.status === 'ready' ? state.data.agencyRatings : null;
  const pathOf = useMemo(() => (agencyId: string) => scopeListPath(year - 1, NO_SCOPE, { agency: agencyId }), [year]);
  const ordered = useMemo(() => (rows ? [...rankedAgencies(rows)].reverse() : []), [rows]);
  const onEvents = useMemo(
    () => ({
      click: (p: unknown) => {
        const a = ordered[(p as { dataIndex: number }).dataIndex];
        if (a) navigate(pathOf(a.agencyId));
      },
    }),
    [ordered, pathOf],
  );
  const links = rows
    ? {
        label: t('chart.links.projects'),
        groups: [
          {
            key: 'agency',
            items: rows.map((a) => ({ key: a.agencyId, label: `${a.agencyName} ${a.rating}`, to: pathOf(a.agencyId) })),
          },
        ],
      }
    : undefined;
  return (
    <ChartPanel
      onEvents={onEvents}
      links={links}
      testId="panel-agency-ratings"
      title={t('chart.agencies.title')}
      subtitle={t('chart.agencies.subtitle', { year })}
      option={option}
      emptyText={t('chart.agencies.empty', { year })}
      ariaLabel={t('chart.agencies.aria', { year })}
      onRetry={retry}
      height={height ?? agencyChartHeight(state.status === 'ready' ? state.data.agencyRatings.length : 0)}
      exportName={t('chart.agencies.file', { year })}
      footnote={note}
    />
  );
}
