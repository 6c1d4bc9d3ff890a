import { PageHeading } from '../../../app/components/PageHeading';
import { Tabs, TabPanel } from '../../../app/components/Tabs';
import { YearPicker } from '../../../app/components/YearPicker';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { useQueryParams } from '../../../app/router/router';
import type { Role } from '@jixiao/schema/enums';
import { YEARS } from '../../overview/hooks/useDashboardUrl';
import { activeTab, WORK_YEAR, workTabs, type WorkTab } from '../todo-links';
import { CutsPanel, SelfEvaluationPanel } from './EvaluationWork';
import { FlagWork } from './FlagWork';
import { CheckpointsPanel, ReportPanel, ReportQueue } from './MonitoringWork';
import { TargetReviewQueue, TargetsPanel } from './TargetsWork';
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
    case 'cuts':
      return <CutsPanel mode="propose" year={year} />;
    case 'decide-cuts':
      return <CutsPanel mode="decide" year={year} />;
    case 'targets':
      return <TargetsPanel year={year} />;
    case 'review-targets':
      return <TargetReviewQueue mode="first" year={year} />;
    case 'approve-targets':
      return <TargetReviewQueue mode="final" year={year} />;
  }
}

/** The work bench of a role: a tab per kind of step (?tab=…), the to-dos beside. */
export default function WorkPage({ role }: { role: Role }) {
  const { t } = useI18n();
  const [params, update] = useQueryParams();
  const year = Number(params.get('year')) || WORK_YEAR;
  const tabs = workTabs(role);
  const tab = activeTab(role, params.get('tab'));
  return (
    <main className="page" id="main">
      <PageHeading title={t('work.title')} subtitle={t('work.subtitle', { year })}>
        <YearPicker year={year} years={YEARS} onChange={(y) => update({ year: y === WORK_YEAR ? null : y })} />
      </PageHeading>
      <div className="work-layout">
        <div className="work-layout__main">
          {tab ? (
            <>
              <Tabs items={tabs.map((k) => ({ key: k, label: t(`work.tab.${k}` as MessageKey) }))} active={tab} onChange={(k) => update({ tab: k })} label={t('work.tabs')} idPrefix="work" />
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
