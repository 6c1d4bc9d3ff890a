import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, OtherYears, usePanelStatus, useWorkAction } from '../../work';
import {
  confirmedSelection,
  departmentEvaluationOf,
  lockedProjects,
  otherYears,
  pickableProjects,
  ruleShare,
  sameSelection,
  togglePick,
} from '../department-form';
import {
  DEPARTMENT_EVALUATION_PROJECTS,
  DEPARTMENT_EVALUATIONS_TO_RECORD,
  SELECT_DEPARTMENT_EVALUATIONS,
} from '../graphql/department-evaluation.graphql';
import { DepartmentCoverage } from './DepartmentCoverage';
import { DepartmentProjectsTable } from './DepartmentProjectsTable';
import { DepartmentScoreForm, DepartmentScoreResult, type Recorded } from './DepartmentScoreForm';

/**
 * 部门评价 (unit): tick the projects to evaluate while the server works out the coverage of the unit's
 * project budget against the rule; confirm the pick (refused under the minimum); then record each picked
 * project's score, which the rules grade.
 */
export function DepartmentEvaluationPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error } = useQuery(DEPARTMENT_EVALUATION_PROJECTS, { variables: { year } });
  const projects = pickableProjects((data?.projects.edges ?? []).map((e) => e.node));
  const confirmed = confirmedSelection(projects);
  const locked = lockedProjects(projects);
  const [draft, setDraft] = useState<{ year: number; ids: string[] } | null>(null);
  const picked = draft && draft.year === year ? draft.ids : confirmed;
  const changed = !sameSelection(picked, confirmed);
  const select = useWorkAction();
  const [recording, setRecording] = useState<string | null>(null);
  const [result, setResult] = useState<{ project: string; evaluation: Recorded } | null>(null);
  const minShare = ruleShare(data?.ruleSet.rules, 'department');
  const toRecord = useQuery(DEPARTMENT_EVALUATIONS_TO_RECORD);
  const elsewhere = otherYears(
    (toRecord.data?.evaluations.edges ?? []).map((e) => e.node),
    year,
  );
  const recordingProject = projects.find((p) => p.id === recording) ?? null;
  const recordingEvaluation = recordingProject ? departmentEvaluationOf(recordingProject.evaluations) : null;

  const pick = (id: string) => {
    select.clear();
    setDraft({ year, ids: togglePick(picked, id, locked) });
  };
  const confirm = async () => {
    const projectIds = picked;
    const done = await select.run(
      () => select.client.mutate({ mutation: SELECT_DEPARTMENT_EVALUATIONS, variables: { year, projectIds } }),
      (r) => t('dept.saved', { count: r.data?.selectDepartmentEvaluations.length ?? projectIds.length }),
    );
    if (done) setDraft(null);
  };

  return (
    <Panel
      title={t('dept.title', { year })}
      subtitle={t('dept.subtitle')}
      {...usePanelStatus(data, error)}
      minHeight={160}
      testId="panel-department-evaluation"
    >
      <OtherYears
        tab="department-evaluation"
        years={elsewhere}
        lead={t('dept.otherYears')}
        label={(y) => t('dept.otherYear', { year: y.year, count: y.count })}
        testId="dept-other-years"
      />
      {result && <DepartmentScoreResult result={result.evaluation} project={result.project} />}
      {recordingProject && recordingEvaluation && recordingEvaluation.status === 'DRAFT' ? (
        <DepartmentScoreForm
          key={recordingEvaluation.id}
          project={recordingProject}
          evaluation={recordingEvaluation}
          onCancel={() => setRecording(null)}
          onDone={(evaluation) => {
            setResult({ project: `${recordingProject.code} ${recordingProject.name}`, evaluation });
            setRecording(null);
          }}
        />
      ) : projects.length === 0 ? (
        <p className="muted" data-testid="dept-empty">
          {t('dept.empty')}
        </p>
      ) : (
        <>
          {data && <DepartmentCoverage year={year} picked={picked} minShare={minShare} failure={select.failure} />}
          <FailureBanner
            failure={select.failure && select.failure.kind !== 'BAD_USER_INPUT' ? select.failure : null}
            onReload={() => void select.reload()}
          />
          <div className="work-form__actions work-form__actions--bar">
            <button
              type="button"
              className="button button--primary"
              disabled={!changed || select.busy}
              onClick={() => void confirm()}
              data-testid="dept-submit"
            >
              {select.busy ? t('work.busy') : t('dept.submit')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!changed || select.busy}
              onClick={() => {
                select.clear();
                setDraft(null);
              }}
              data-testid="dept-reset"
            >
              {t('dept.reset')}
            </button>
            {!changed && <span className="work-hint">{t('dept.unchanged')}</span>}
          </div>
          {data && data.projects.totalCount > data.projects.edges.length && (
            <p className="work-hint">{t('dept.firstPage')}</p>
          )}
          <DepartmentProjectsTable
            year={year}
            projects={projects}
            picked={picked}
            locked={locked}
            busy={select.busy}
            failure={select.failure}
            onPick={pick}
            onRecord={(id) => {
              setResult(null);
              setRecording(id);
            }}
          />
        </>
      )}
    </Panel>
  );
}
