import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { PROJECT_KIND_LABELS, type ProjectKind } from '@jixiao/schema/enums';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { formatDecimal, formatRate, formatShare, formatYuanRatio, yuanPlain } from '@jixiao/ui/format';
import { KpiTile } from '@jixiao/ui/kpi-tile';
import { Panel } from '@jixiao/ui/panel';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { Breadcrumb, type Crumb } from '../../../app/components/Breadcrumb';
import { ExportButtons } from '../../../app/components/ExportButtons';
import { Money } from '../../../app/components/Money';
import { PageHeading } from '../../../app/components/PageHeading';
import type { ExportColumn } from '../../../app/export/table-export';
import { useI18n } from '../../../app/i18n/i18n';
import { checkpointName } from '../../../app/i18n/translate';
import { dashboardBase, drillPath, homePath, withQuery } from '../../../app/router/routes';
import { useSession } from '../../auth/hooks/useSession';
import { raisedText } from '../../flags/flag-rows';
import { ProjectExecutionChart } from '../charts/project-execution/Chart';
import { PROJECT_DETAIL } from '../graphql/project-detail.graphql';
import {
  asProject,
  indicatorRows,
  isOffPlan,
  reportMonths,
  type IndicatorRow,
  type ProjectDetail,
} from '../project-detail';
import { familyLabel, gradeLabel, kindLabel, selfGrade } from '../project-rows';
import { FlagBadge } from './ProjectTable';
import { ProjectForms } from '../../reports/components/ProjectForms';

type Evaluation = ProjectDetail['evaluations'][number];
type Application = ProjectDetail['resultApplications'][number];

function GradeText({ grade }: { grade: string | null | undefined }) {
  const { lang } = useI18n();
  return grade ? (
    <span className={`badge badge--grade-${grade.toLowerCase()}`}>{gradeLabel(grade, lang)}</span>
  ) : (
    <span className="muted">—</span>
  );
}

/** 项目详情: budget and execution over the checkpoints, targets against actuals, flags, evaluations, cuts. */
export default function ProjectDetailPage({ projectId }: { projectId: string }) {
  const { t, lang } = useI18n();
  const { state: session } = useSession();
  const me = session.status === 'signed-in' ? session.me : null;
  const { data, loading, error, refetch } = useQuery(PROJECT_DETAIL, { variables: { id: projectId } });
  const project = asProject(data?.node);

  const crumbs = useMemo<Crumb[]>(() => {
    if (!me) return [];
    const base = dashboardBase(me.role);
    const year = project?.year;
    const q = (path: string) => withQuery(path, { year: year && year !== 2023 ? year : null });
    if (!base)
      return [
        { label: t(me.role === 'UNIT' ? 'nav.unit' : 'nav.agency'), to: homePath(me.role) },
        { label: project?.name ?? '…' },
      ];
    const items: Crumb[] = [
      {
        label: t(base === 'overview' ? 'drill.county' : 'drill.portfolio'),
        to: q(drillPath(base, { level: 'county' })),
      },
    ];
    const section = project?.unit?.section;
    if (section)
      items.push({ label: section.name, to: q(drillPath(base, { level: 'section', sectionId: section.id })) });
    if (project?.unit)
      items.push({ label: project.unit.name, to: q(drillPath(base, { level: 'unit', unitId: project.unit.id })) });
    items.push({ label: project?.name ?? '…' });
    return items;
  }, [me, project, t]);

  if (loading && !data) {
    return (
      <main className="page" id="main" aria-busy="true">
        <Panel title={t('detail.loading')} status="loading" minHeight={360} />
      </main>
    );
  }
  if (error || !project) {
    return (
      <main className="page" id="main">
        <Breadcrumb
          items={
            crumbs.length ? [crumbs[0], { label: t('detail.notFoundTitle') }] : [{ label: t('detail.notFoundTitle') }]
          }
        />
        <Panel
          title={t('detail.notFoundTitle')}
          status={error ? 'error' : 'empty'}
          errorText={error ? t('common.loadFailed', { reason: errorMessage(error, t, lang) }) : undefined}
          emptyText={t('detail.notFound')}
          onRetry={() => void refetch().catch(() => undefined)}
          retryLabel={t('common.retry')}
          testId="project-not-found"
          minHeight={200}
        />
      </main>
    );
  }
  return <ProjectDetailBody project={project} crumbs={crumbs} />;
}

function ProjectDetailBody({ project, crumbs }: { project: ProjectDetail; crumbs: Crumb[] }) {
  const { t, lang } = useI18n();
  const months = reportMonths(project);
  const rows = useMemo(() => indicatorRows(project, lang), [project, lang]);
  const latest = [...project.monitoringReports].sort(
    (a, b) => (b.checkpoint?.month ?? 0) - (a.checkpoint?.month ?? 0),
  )[0];
  const openFlags = project.flags.filter((f) => f.status === 'OPEN');
  const grade = selfGrade({ evaluations: project.evaluations });
  const cut = project.resultApplications[0];

  const indicatorColumns: Column<IndicatorRow>[] = [
    {
      key: 'level',
      header: t('detail.ind.level'),
      width: '180px',
      cell: (r) => (
        <span title={`${r.level1} / ${r.indicator.level2}`}>
          {r.level1} · {r.indicator.level2}
        </span>
      ),
    },
    {
      key: 'name',
      header: t('detail.ind.name'),
      cell: (r) => (
        <span title={r.indicator.name}>
          {r.indicator.isKey && <span className="badge badge--key">{t('detail.ind.key')}</span>}
          {r.indicator.name}
        </span>
      ),
    },
    { key: 'target', header: t('detail.ind.target'), width: '130px', cell: (r) => r.target },
    {
      key: 'weight',
      header: t('detail.ind.weight'),
      width: '56px',
      align: 'right',
      cell: (r) => formatDecimal(r.indicator.weight, 0),
    },
    ...months.map((m) => ({
      key: `m${m}`,
      header: t('detail.ind.actualAt', { checkpoint: checkpointName(t, m) }),
      width: '170px',
      align: 'right' as const,
      cell: (r: IndicatorRow) => {
        const a = r.actuals.get(m);
        if (!a) return <span className="muted">—</span>;
        const off = isOffPlan(a.deviation);
        return (
          <span className={off ? 'off-plan' : undefined} title={a.explanation || undefined}>
            {a.actual ?? '—'}
            <span className="muted"> / {a.planned ?? '—'}</span>
            {off && a.deviation !== null && (
              <span className="off-plan__mark"> {t('detail.ind.off', { value: formatRate(a.deviation) })}</span>
            )}
          </span>
        );
      },
    })),
  ];
  const indicatorExport: ExportColumn<IndicatorRow>[] = [
    { header: t('detail.ind.level1'), value: (r) => r.level1 },
    { header: t('detail.ind.level2'), value: (r) => r.indicator.level2 },
    { header: t('detail.ind.name'), value: (r) => r.indicator.name, width: 30 },
    { header: t('detail.ind.key'), value: (r) => (r.indicator.isKey ? '√' : '') },
    { header: t('detail.ind.target'), value: (r) => r.target, width: 18 },
    { header: t('detail.ind.weight'), value: (r) => r.indicator.weight, type: 'number' },
    ...months.flatMap((m): ExportColumn<IndicatorRow>[] => [
      {
        header: t('detail.ind.plannedAt', { checkpoint: checkpointName(t, m) }),
        value: (r) => r.actuals.get(m)?.planned ?? '',
      },
      {
        header: t('detail.ind.actualOnlyAt', { checkpoint: checkpointName(t, m) }),
        value: (r) => r.actuals.get(m)?.actual ?? '',
      },
    ]),
  ];

  const evaluationColumns: Column<Evaluation>[] = [
    { key: 'kind', header: t('detail.eval.kind'), width: '110px', cell: (e) => kindLabel(e.kind, lang) },
    { key: 'date', header: t('detail.eval.date'), width: '100px', cell: (e) => e.evaluatedOn ?? '—' },
    {
      key: 'score',
      header: t('detail.eval.score'),
      width: '72px',
      align: 'right',
      cell: (e) => (e.score === null || e.score === undefined ? '—' : formatDecimal(e.score, 2)),
    },
    {
      key: 'expert',
      header: t('detail.eval.expert'),
      width: '84px',
      align: 'right',
      cell: (e) => (e.expertScore == null ? '—' : formatDecimal(e.expertScore, 2)),
    },
    {
      key: 'grade',
      header: t('detail.eval.grade'),
      width: '120px',
      cell: (e) => (
        <span>
          <GradeText grade={e.grade} />
          {e.uncappedGrade && e.uncappedGrade !== e.grade && (
            <span className="muted"> {t('detail.eval.uncapped', { grade: gradeLabel(e.uncappedGrade, lang) })}</span>
          )}
        </span>
      ),
    },
    {
      key: 'caps',
      header: t('detail.eval.caps'),
      cell: (e) =>
        e.caps.length === 0 ? (
          <span className="muted">{t('detail.eval.noCap')}</span>
        ) : (
          <span className="caps">
            {e.caps.map((c) => (
              <span
                key={c.code}
                className={c.applied ? 'badge badge--cap-applied' : 'badge badge--cap'}
                title={c.applied ? t('detail.eval.capApplied') : t('detail.eval.capNotApplied')}
              >
                {lang === 'zh' ? c.zh : c.en}
              </span>
            ))}
          </span>
        ),
    },
    {
      key: 'agency',
      header: t('detail.eval.agency'),
      width: '18%',
      cell: (e) => <span title={e.agency?.name}>{e.agency?.name ?? t('detail.eval.bySelf')}</span>,
    },
    {
      key: 'findings',
      header: t('detail.eval.findings'),
      width: '64px',
      align: 'right',
      cell: (e) => e.findings.length,
    },
  ];
  const evaluationExport: ExportColumn<Evaluation>[] = [
    { header: t('detail.eval.kind'), value: (e) => kindLabel(e.kind, lang) },
    { header: t('detail.eval.year'), value: (e) => e.year, type: 'number' },
    { header: t('detail.eval.date'), value: (e) => e.evaluatedOn ?? '' },
    { header: t('detail.eval.score'), value: (e) => e.score ?? null, type: 'number' },
    { header: t('detail.eval.expert'), value: (e) => e.expertScore ?? null, type: 'number' },
    { header: t('detail.eval.grade'), value: (e) => gradeLabel(e.grade, lang) },
    { header: t('detail.eval.uncappedGrade'), value: (e) => gradeLabel(e.uncappedGrade, lang) },
    {
      header: t('detail.eval.caps'),
      value: (e) =>
        e.caps
          .map((c) => `${lang === 'zh' ? c.zh : c.en}${c.applied ? `（${t('detail.eval.capApplied')}）` : ''}`)
          .join('；'),
    },
    { header: t('detail.eval.agency'), value: (e) => e.agency?.name ?? '' },
    { header: t('detail.eval.findings'), value: (e) => e.findings.map((f) => f.text).join('；'), width: 40 },
    { header: t('detail.eval.report'), value: (e) => e.reportName ?? '' },
  ];
  const applicationColumns: Column<Application>[] = [
    {
      key: 'year',
      header: t('detail.cut.year'),
      width: '96px',
      cell: (a) => t('common.yearOption', { year: a.targetYear }),
    },
    { key: 'grade', header: t('detail.eval.grade'), width: '64px', cell: (a) => <GradeText grade={a.grade} /> },
    {
      key: 'share',
      header: t('detail.cut.share'),
      width: '80px',
      align: 'right',
      cell: (a) => formatRate(a.cutShare, 0),
    },
    {
      key: 'base',
      header: t('detail.cut.base'),
      width: '120px',
      align: 'right',
      cell: (a) => <Money yuan={a.baseBudget} />,
    },
    {
      key: 'proposed',
      header: t('detail.cut.proposed'),
      width: '120px',
      align: 'right',
      cell: (a) => (
        <strong>
          <Money yuan={a.proposedCut} />
        </strong>
      ),
    },
    {
      key: 'accepted',
      header: t('detail.cut.accepted'),
      width: '120px',
      align: 'right',
      cell: (a) => <Money yuan={a.acceptedCut} />,
    },
    {
      key: 'status',
      header: t('detail.cut.status'),
      width: '90px',
      cell: (a) => t(`detail.cut.status.${a.status}` as 'detail.cut.status.PROPOSED'),
    },
    { key: 'reason', header: t('detail.cut.reason'), cell: (a) => <span title={a.reason}>{a.reason}</span> },
  ];
  const applicationExport: ExportColumn<Application>[] = [
    { header: t('detail.cut.year'), value: (a) => a.targetYear, type: 'number' },
    { header: t('detail.eval.grade'), value: (a) => gradeLabel(a.grade, lang) },
    { header: t('detail.cut.share'), value: (a) => formatRate(a.cutShare, 0) },
    { header: t('detail.cut.baseYuan'), value: (a) => yuanPlain(a.baseBudget), type: 'number' },
    { header: t('detail.cut.proposedYuan'), value: (a) => yuanPlain(a.proposedCut), type: 'number' },
    {
      header: t('detail.cut.acceptedYuan'),
      value: (a) => (a.acceptedCut ? yuanPlain(a.acceptedCut) : null),
      type: 'number',
    },
    { header: t('detail.cut.status'), value: (a) => a.status },
    { header: t('detail.cut.reason'), value: (a) => a.reason },
  ];
  const file = (what: string) => `${project.code}-${what}`;

  return (
    <main className="page project-detail" id="main" data-testid="project-detail">
      <Breadcrumb items={crumbs} />
      <PageHeading
        title={
          <>
            <span className="mono muted project-detail__code">{project.code}</span> {project.name}
          </>
        }
        subtitle={[
          project.unit?.name ?? t('projects.classifiedUnit'),
          project.unit?.section?.name,
          familyLabel(project.fundFamily, lang),
          PROJECT_KIND_LABELS[project.kind as ProjectKind]?.[lang],
          project.isKey ? t('projects.key') : null,
          project.inAnnualBudget ? t('detail.annual') : t('detail.midYear'),
          t('detail.budgetedOn', { date: project.budgetedOn }),
        ]
          .filter(Boolean)
          .join(' · ')}
      >
        <ProjectForms
          projectId={project.id}
          code={project.code}
          hasTargets={project.indicators.length > 0}
          reportMonths={reportMonths({
            monitoringReports: project.monitoringReports.filter((r) => r.status !== 'DRAFT'),
          })}
          hasSelfEvaluation={project.evaluations.some((e) => e.kind === 'SELF' && e.score != null)}
        />
      </PageHeading>
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
      <div className="dashboard__grid">
        <ProjectExecutionChart reports={project.monitoringReports} code={project.code} />
        <Panel
          title={t('detail.flags.title')}
          subtitle={t('detail.flags.subtitle', { count: project.flags.length })}
          status={project.flags.length ? 'ready' : 'empty'}
          emptyText={t('detail.flags.empty')}
          minHeight={120}
          testId="panel-flag-history"
        >
          <ul className="flag-history">
            {project.flags.map((f) => (
              <li
                key={f.id}
                className={`flag-history__item${f.status === 'OPEN' && f.daysOverdue > 0 ? ' flag-history__item--overdue' : ''}`}
              >
                <div className="flag-history__head">
                  <FlagBadge level={f.level} />
                  <span>{raisedText(f, t)}</span>
                  <span>{t('detail.flags.deadline', { date: f.deadline })}</span>
                  {f.status === 'OPEN' ? (
                    f.daysOverdue > 0 ? (
                      <strong className="overdue">{t('detail.flags.overdue', { days: f.daysOverdue })}</strong>
                    ) : (
                      <span>{t('flags.status.OPEN')}</span>
                    )
                  ) : (
                    <span className="good">{t('flags.closedOn', { date: f.closedOn ?? '' })}</span>
                  )}
                </div>
                <ol className="timeline">
                  {f.events.map((ev, i) => (
                    <li key={i}>
                      <time dateTime={ev.occurredOn}>{ev.occurredOn}</time>
                      <span className="timeline__kind">{t(`detail.event.${ev.kind}` as 'detail.event.RAISED')}</span>
                      <span className="muted">{ev.note}</span>
                    </li>
                  ))}
                </ol>
                {(f.rectificationPlan || f.proposedReduction) && (
                  <p className="flag-history__plan">
                    {f.rectificationPlan && <span>{t('detail.flags.plan', { plan: f.rectificationPlan })}</span>}
                    {f.proposedReduction && (
                      <span>
                        {t('detail.flags.reduction')}
                        <Money yuan={f.proposedReduction} />
                      </span>
                    )}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </Panel>
        <div className="dashboard__wide">
          <Panel
            title={t('detail.ind.title')}
            subtitle={t('detail.ind.subtitle', { count: project.indicators.length })}
            status="ready"
            minHeight={0}
            testId="panel-indicators"
            actions={
              <ExportButtons
                columns={indicatorExport}
                load={async () => ({ rows })}
                fileName={file(t('detail.ind.file'))}
                sheetName={t('detail.ind.file')}
                disabled={rows.length === 0}
              />
            }
          >
            <DataTable
              caption={t('detail.ind.title')}
              columns={indicatorColumns}
              rows={rows}
              rowKey={(r) => r.indicator.id}
              status={rows.length ? 'ready' : 'empty'}
              emptyText={t('detail.ind.empty')}
            />
            <p className="panel-footnote">{t('detail.ind.footnote')}</p>
          </Panel>
        </div>
        <div className="dashboard__wide">
          <Panel
            title={t('detail.eval.title')}
            status="ready"
            minHeight={0}
            testId="panel-evaluations"
            actions={
              <ExportButtons
                columns={evaluationExport}
                load={async () => ({ rows: project.evaluations })}
                fileName={file(t('detail.eval.file'))}
                sheetName={t('detail.eval.file')}
                disabled={project.evaluations.length === 0}
              />
            }
          >
            <DataTable
              caption={t('detail.eval.title')}
              columns={evaluationColumns}
              rows={project.evaluations}
              rowKey={(e) => e.id}
              status={project.evaluations.length ? 'ready' : 'empty'}
              emptyText={t('detail.eval.empty')}
            />
            {project.evaluations.some((e) => e.findings.length > 0) && (
              <ul className="findings">
                {project.evaluations.flatMap((e) =>
                  e.findings.map((f) => (
                    <li key={f.id}>
                      <span className="badge">{kindLabel(e.kind, lang)}</span> {f.text}
                      {f.suggestion && <span className="muted"> — {f.suggestion}</span>}
                    </li>
                  )),
                )}
              </ul>
            )}
          </Panel>
        </div>
        <div className="dashboard__wide">
          <Panel
            title={t('detail.cut.title')}
            status="ready"
            minHeight={0}
            testId="panel-result-applications"
            actions={
              <ExportButtons
                columns={applicationExport}
                load={async () => ({ rows: project.resultApplications })}
                fileName={file(t('detail.cut.file'))}
                sheetName={t('detail.cut.file')}
                disabled={project.resultApplications.length === 0}
              />
            }
          >
            <DataTable
              caption={t('detail.cut.title')}
              columns={applicationColumns}
              rows={project.resultApplications}
              rowKey={(a) => a.id}
              status={project.resultApplications.length ? 'ready' : 'empty'}
              emptyText={t('detail.cut.empty')}
            />
          </Panel>
        </div>
      </div>
    </main>
  );
}
