import { formatShare, formatYuanRatio } from '@jixiao/ui/format';
import { KpiTile } from '@jixiao/ui/kpi-tile';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import { checkpointName } from '../../../app/i18n/translate';
import type { ProjectDetail } from '../project-detail';
import { gradeLabel, selfGrade } from '../project-rows';

/** The project's six figures: budget, executed and rate at the latest checkpoint, open flags, grade, cut. */
export function ProjectKpis({ project }: { project: ProjectDetail }) {
  const { t, lang } = useI18n();
  const latest = [...project.monitoringReports].sort(
    (a, b) => (b.checkpoint?.month ?? 0) - (a.checkpoint?.month ?? 0),
  )[0];
  const openFlags = project.flags.filter((f) => f.status === 'OPEN');
  const grade = selfGrade({ evaluations: project.evaluations });
  // The server's reason the self-evaluation's grade is capped (a finding, misuse, a veto).
  const capped = project.evaluations.find((e) => e.kind === 'SELF')?.cappedBecause;
  const cut = project.resultApplications[0];
  return (
    <div className="kpi-row" data-count={6}>
      <KpiTile
        testId="detail-budget"
        label={t('detail.kpi.budget')}
        value={<Money yuan={project.budget} />}
        sub={t('detail.kpi.targets', { status: t(`projects.target.${project.targetStatus}` as const) })}
      />
      <KpiTile
        testId="detail-executed"
        label={t('detail.kpi.executed')}
        status={latest ? 'ready' : 'empty'}
        statusText={t('detail.kpi.noReport')}
        value={latest ? <Money yuan={latest.executed} /> : undefined}
        sub={
          latest?.checkpoint
            ? t('detail.kpi.at', { checkpoint: checkpointName(t, latest.checkpoint.month) })
            : undefined
        }
      />
      <KpiTile
        testId="detail-rate"
        label={t('detail.kpi.rate')}
        status={latest ? 'ready' : 'empty'}
        statusText={t('detail.kpi.noReport')}
        tone={latest?.failed ? 'warning' : 'good'}
        value={latest ? formatYuanRatio(latest.executed, latest.budget) : undefined}
        sub={
          latest
            ? latest.failed
              ? t('detail.report.failed')
              : latest.failed === false
                ? t('detail.report.passed')
                : t('detail.report.pending')
            : undefined
        }
      />
      <KpiTile
        testId="detail-flags"
        label={t('detail.kpi.flags')}
        tone={openFlags.some((f) => f.level === 'RED') ? 'danger' : openFlags.length > 0 ? 'warning' : 'good'}
        value={String(openFlags.length)}
        sub={t('detail.kpi.flagsSub', { total: project.flags.length })}
      />
      <KpiTile
        testId="detail-grade"
        label={t('detail.kpi.grade')}
        status={grade ? 'ready' : 'empty'}
        statusText={t('detail.kpi.notEvaluated')}
        value={gradeLabel(grade, lang)}
        sub={
          capped ? (
            <span title={lang === 'zh' ? capped.zh : capped.en}>{lang === 'zh' ? capped.zh : capped.en}</span>
          ) : undefined
        }
        tone={grade === 'POOR' ? 'danger' : grade === 'MEDIUM' ? 'warning' : 'good'}
      />
      <KpiTile
        testId="detail-cut"
        label={t('detail.kpi.cut')}
        status={cut ? 'ready' : 'empty'}
        statusText={t('detail.kpi.noCut')}
        tone="danger"
        value={cut ? <Money yuan={cut.proposedCut} /> : undefined}
        sub={
          cut
            ? t('detail.kpi.cutSub', {
                year: cut.targetYear,
                share: formatShare(Math.round(cut.cutShare * 100), 100, 0),
              })
            : undefined
        }
      />
    </div>
  );
}
