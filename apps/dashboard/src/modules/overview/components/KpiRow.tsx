import { useMemo } from 'react';
import { KpiTile } from '@jixiao/ui/kpi-tile';
import { useI18n } from '../../../app/i18n/i18n';
import { mapLoadable } from '../../../app/loadable';
import {
  useAgencyRatings, useCheckpointTotals, useFlagSummaries, useGradeDistributions, useOverviewTargets,
} from '../hooks/useOverviewQueries';
import { overviewKpis } from '../kpis/transform';

export function KpiRow({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const targets = useOverviewTargets(year).state;
  const checkpoints = useCheckpointTotals(year).state;
  const flags = useFlagSummaries(year).state;
  const grades = useGradeDistributions(year - 1).state;
  const agencies = useAgencyRatings(year).state;
  const kpis = useMemo(() => {
    const selfEvaluation = mapLoadable(grades, (kinds) => kinds.find((k) => k.kind === 'SELF')!.distribution);
    return overviewKpis({ year, targets, checkpoints, flags, selfEvaluation, agencies }, { t, lang });
  }, [year, targets, checkpoints, flags, grades, agencies, t, lang]);
  return (
    <div className="overview__kpis">
      {kpis.map((k) => (
        <KpiTile
          key={k.name}
          testId={`kpi-${k.name}`}
          label={k.label}
          value={k.value}
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
