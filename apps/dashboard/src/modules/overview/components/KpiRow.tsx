import { useMemo } from 'react';
import { KpiTile } from '@jixiao/ui/kpi-tile';
import { useChartContext } from '../../../app/charts/chart-context';
import { mapLoadable } from '../../../app/loadable';
import { type Scope } from '../../../app/analytics/cross-filter';
import {
  useAgencyRatings,
  useCheckpointSeries,
  useFlagSummaries,
  useGradeDistributions,
  useTargets,
} from '../hooks/useOverviewQueries';
import { KPI_NAMES, overviewKpis, type KpiName } from '../kpis/transform';
import { Link } from '../../../app/router/router';
import { flagListPath } from '../links';

export function KpiRow({ year, scope, only = KPI_NAMES }: { year: number; scope: Scope; only?: readonly KpiName[] }) {
  const ctx = useChartContext();
  const targets = useTargets(year, scope).state;
  const series = useCheckpointSeries(year, scope).state;
  const flags = useFlagSummaries(year, scope).state;
  const grades = useGradeDistributions(year - 1, scope).state;
  const agencies = useAgencyRatings(year).state;
  const kpis = useMemo(() => {
    const selfEvaluation = mapLoadable(grades, (kinds) => kinds.find((k) => k.kind === 'SELF')!.distribution);
    const checkpoints = mapLoadable(series, (s) => s.current);
    return overviewKpis(
      {
        year,
        shownYear: year,
        targets,
        checkpoints,
        flags,
        selfEvaluation,
        agencies: mapLoadable(agencies, (d) => d.agencyRatings),
      },
      ctx,
    ).filter((k) => only.includes(k.name));
  }, [year, targets, series, flags, grades, agencies, ctx, only]);
  return (
    <div className="kpi-row" data-count={kpis.length}>
      {kpis.map((k) => (
        <KpiTile
          key={k.name}
          testId={`kpi-${k.name}`}
          label={k.label}
          value={
            k.flags && k.value !== undefined ? (
              <Link
                to={flagListPath(year, scope, k.flags.measure, k.flags.month)}
                className="kpi-link"
                data-testid={`kpi-link-${k.name}`}
              >
                {k.value}
              </Link>
            ) : (
              k.value
            )
          }
          sub={k.sub}
          exact={k.exact}
          tone={k.tone}
          status={k.status}
          statusText={k.statusText}
        />
      ))}
    </div>
  );
}
