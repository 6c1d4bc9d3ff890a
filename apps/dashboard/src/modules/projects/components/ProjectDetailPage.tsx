import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { PROJECT_KIND_LABELS, type ProjectKind } from '@jixiao/schema/enums';
import { Panel } from '@jixiao/ui/panel';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { Breadcrumb, type Crumb } from '../../../app/components/Breadcrumb';
import { PageHeading } from '../../../app/components/PageHeading';
import { useI18n } from '../../../app/i18n/i18n';
import { dashboardBase, drillPath, homePath, withQuery } from '../../../app/router/routes';
import { useSession } from '../../auth';
import { ProjectExecutionChart } from '../charts/project-execution/Chart';
import { PROJECT_DETAIL } from '../graphql/project-detail.graphql';
import { asProject, type ProjectDetail } from '../project-detail';
import { familyLabel } from '../project-rows';
import { ProjectEvaluations } from './ProjectEvaluations';
import { ProjectFlagHistory } from './ProjectFlagHistory';
import { ProjectIndicators } from './ProjectIndicators';
import { ProjectKpis } from './ProjectKpis';
import { ProjectResultApplications } from './ProjectResultApplications';
import { ProjectSupervision } from './ProjectSupervision';
import { reportMonths } from '../project-detail';
import { ProjectForms } from '../../reports';
import { usePickedCounty } from '../../counties';
import { qualifiedRef } from '../../../app/analytics/cross-filter';

/** 项目详情: budget and execution over the checkpoints, targets against actuals, flags, evaluations, cuts. */
export default function ProjectDetailPage({ projectId }: { projectId: string }) {
  const { t, lang } = useI18n();
  const { state: session } = useSession();
  const me = session.status === 'signed-in' ? session.me : null;
  const { data, loading, error, refetch } = useQuery(PROJECT_DETAIL, { variables: { id: projectId } });
  const project = asProject(data?.node);
  // Opened from a county an upper level picked: the page names it, and the way back keeps it.
  const county = usePickedCounty();

  const crumbs = useMemo<Crumb[]>(() => {
    if (!me) return [];
    const base = dashboardBase(me.role);
    const year = project?.year;
    // Above one county with none picked, the drill levels name the section and unit by code qualified by the
    // project's county (a code names a section or a unit only within its county; 652823.sec-jkw), as a row
    // clicked in the cockpit does, and leave the county picker as it was.
    const upperAll = me.role === 'UPPER_LEVEL' && !county;
    const rowCounty = upperAll ? (project?.unit?.section?.regionCode ?? null) : null;
    const q = (path: string) =>
      withQuery(path, { year: year && year !== 2023 ? year : null, county: county?.code ?? null });
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
    // By code; by id only where no county is known (an upper level's project whose unit has no section).
    const ref = (x: { id: string; code: string }) =>
      upperAll ? (rowCounty ? qualifiedRef(rowCounty, x.code) : x.id) : x.code;
    const section = project?.unit?.section;
    if (section)
      items.push({
        label: section.name,
        to: q(drillPath(base, { level: 'section', section: ref(section) })),
      });
    if (project?.unit)
      items.push({
        label: project.unit.name,
        to: q(drillPath(base, { level: 'unit', unit: ref(project.unit) })),
      });
    items.push({ label: project?.name ?? '…' });
    return items;
  }, [me, project, t, county]);

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
  return (
    <ProjectDetailBody project={project} crumbs={crumbs} countyName={county ? (county.name ?? county.code) : null} />
  );
}

function ProjectDetailBody({
  project,
  crumbs,
  countyName,
}: {
  project: ProjectDetail;
  crumbs: Crumb[];
  countyName: string | null;
}) {
  const { t, lang } = useI18n();
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
        subtitle={
          <span data-testid="page-subtitle">
            {[
              countyName,
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
          </span>
        }
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
      <ProjectKpis project={project} />
      <div className="dashboard__grid">
        <ProjectExecutionChart reports={project.monitoringReports} code={project.code} />
        <ProjectFlagHistory project={project} />
        <div className="dashboard__wide">
          <ProjectIndicators project={project} file={file} />
        </div>
        <div className="dashboard__wide">
          <ProjectEvaluations project={project} file={file} />
        </div>
        <div className="dashboard__wide">
          <ProjectSupervision project={project} />
        </div>
        <div className="dashboard__wide">
          <ProjectResultApplications project={project} file={file} />
        </div>
      </div>
    </main>
  );
}
