import { PageHeading } from '../../../app/components/PageHeading';
import { Tabs, TabPanel } from '../../../app/components/Tabs';
import { YearPicker } from '../../../app/components/YearPicker';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { useQueryParams } from '../../../app/router/router';
import type { Role } from '@jixiao/schema/enums';
import { YEARS } from '../../overview/hooks/useDashboardUrl';
import { useQuery } from '@apollo/client/react';
import { WORK_TODOS } from '../graphql/todos.graphql';
import {
  activeTab,
  stageOf,
  TABS_WITHOUT_STAGES,
  todosByStage,
  WORK_YEAR,
  workStages,
  workTabs,
  type WorkTab,
} from '../todo-links';
import { ExAnteConcludeQueue, ExAntePanel, ExAnteReassessQueue, ExAnteReviewQueue } from '../../ex-ante';
import { AgencyRatingPanel } from '../../agency-ratings';
import {
  AgencyEvaluationsPanel,
  AuthenticityPanel,
  DepartmentEvaluationPanel,
  KeyEvaluationsPanel,
  PublishEvaluationsPanel,
  SelfEvaluationPanel,
} from '../../evaluation';
import { FlagWork } from '../../flags';
import { CutsPanel } from '../../results';
import { CheckpointsPanel, ReportPanel, ReportQueue } from '../../monitoring';
import { StandInPanel } from './StandInWork';
import {
  AdjustmentDecisionQueue,
  AdjustTargetsPanel,
  PublishTargetsPanel,
  TargetReviewQueue,
  TargetsPanel,
  TransferSplitPanel,
} from '../../targets';
import { TodoPanel } from './TodoPanel';

function TabContent({ tab, year }: { tab: WorkTab; year: number }) {
  switch (tab) {
    case 'report':
      return <ReportPanel year={year} />;
    case 'rectify':
      return <FlagWork mode="rectify" year={year} />;
    case 'review':
      return <ReportQueue mode="review" year={year} />;
    case 'checkpoints':
      return <CheckpointsPanel year={year} />;
    case 'confirm':
      return <ReportQueue mode="confirm" year={year} />;
    case 'close-flags':
      return <FlagWork mode="close" year={year} />;
    case 'self-evaluation':
      return <SelfEvaluationPanel year={year} />;
    case 'department-evaluation':
      return <DepartmentEvaluationPanel year={year} />;
    case 'authenticity':
      return <AuthenticityPanel year={year} />;
    case 'cuts':
      return <CutsPanel mode="propose" year={year} />;
    case 'decide-cuts':
      return <CutsPanel mode="decide" year={year} />;
    case 'targets':
      return <TargetsPanel year={year} />;
    case 'review-targets':
      return <TargetReviewQueue mode="first" year={year} />;
    case 'agency-ratings':
      return <AgencyRatingPanel year={year} />;
    case 'adjust-targets':
      return <AdjustTargetsPanel year={year} />;
    case 'adjustments':
      return <AdjustmentDecisionQueue />;
    case 'publish-targets':
      return <PublishTargetsPanel />;
    case 'approve-targets':
      return <TargetReviewQueue mode="final" year={year} />;
    case 'key-evaluations':
      return <KeyEvaluationsPanel year={year} />;
    case 'agency-evaluations':
      return <AgencyEvaluationsPanel year={year} />;
    case 'ex-ante':
      return <ExAntePanel year={year} />;
    case 'review-ex-ante':
      return <ExAnteReviewQueue />;
    case 'conclude-ex-ante':
      return <ExAnteConcludeQueue />;
    case 'reassess-ex-ante':
      return <ExAnteReassessQueue />;
    case 'publish-evaluations':
      return <PublishEvaluationsPanel year={year} />;
    case 'classified':
      return <StandInPanel year={year} />;
    case 'transfer-splits':
      return <TransferSplitPanel year={year} />;
  }
}

/** The work bench of a role: a tab per kind of step (?tab=…), the to-dos beside. */
/**
 * A role with many tabs first picks the stage of the year (monitoring, targets, …), each stage button with
 * its count of to-dos; the tabs of that stage follow.
 */
function StageBar({
  role,
  tab,
  year,
  onPick,
}: {
  role: Role;
  tab: WorkTab;
  year: number;
  onPick: (tab: WorkTab) => void;
}) {
  const { t } = useI18n();
  const { data } = useQuery(WORK_TODOS, { variables: { year } });
  const counts = todosByStage(data?.todos ?? [], role);
  const current = stageOf(tab);
  return (
    <div className="stage-bar" role="group" aria-label={t('work.stages')} data-testid="work-stages">
      {workStages(role).map(({ stage, tabs }) => (
        <button
          key={stage}
          type="button"
          className="stage-bar__stage"
          aria-pressed={stage === current}
          onClick={() => onPick(tabs[0]!)}
          data-testid={`stage-${stage}`}
        >
          {t(`work.stage.${stage}` as MessageKey)}
          {(counts[stage] ?? 0) > 0 && (
            <span className="stage-bar__count" aria-label={t('work.stageTodos', { count: counts[stage]! })}>
              {counts[stage]}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}

export default function WorkPage({ role }: { role: Role }) {
  const { t } = useI18n();
  const [params, update] = useQueryParams();
  const year = Number(params.get('year')) || WORK_YEAR;
  const tab = activeTab(role, params.get('tab'));
  const staged = workTabs(role).length > TABS_WITHOUT_STAGES;
  const tabs = tab && staged ? workStages(role).find((s) => s.stage === stageOf(tab))!.tabs : workTabs(role);
  return (
    <main className="page" id="main">
      <PageHeading title={t('work.title')} subtitle={t('work.subtitle', { year })}>
        <YearPicker year={year} years={YEARS} onChange={(y) => update({ year: y === WORK_YEAR ? null : y })} />
      </PageHeading>
      <div className="work-layout">
        <div className="work-layout__main">
          {tab ? (
            <>
              {staged && <StageBar role={role} tab={tab} year={year} onPick={(k) => update({ tab: k })} />}
              <Tabs
                items={tabs.map((k) => ({ key: k, label: t(`work.tab.${k}` as MessageKey) }))}
                active={tab}
                onChange={(k) => update({ tab: k })}
                label={t('work.tabs')}
                idPrefix="work"
              />
              <TabPanel idPrefix="work" active={tab}>
                <TabContent tab={tab} year={year} />
              </TabPanel>
            </>
          ) : (
            <p className="muted">{t('work.none')}</p>
          )}
        </div>
        <aside className="work-layout__side">
          <TodoPanel year={year} />
        </aside>
      </div>
    </main>
  );
}
