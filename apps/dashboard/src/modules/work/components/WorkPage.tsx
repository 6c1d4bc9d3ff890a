import { useQuery } from '@apollo/client/react';
import { PageHeading } from '../../../app/components/PageHeading';
import { Tabs, TabPanel } from '../../../app/components/Tabs';
import { YearPicker } from '../../../app/components/YearPicker';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { useQueryParams } from '../../../app/router/router';
import type { Role } from '@jixiao/schema/enums';
import { useYear } from '../../../app/analytics/use-dashboard-url';
import { useYears } from '../../../app/analytics/years';
import { activeTab, stageOf, TABS_WITHOUT_STAGES, workStages, workTabs } from '../todo-links';
import { StageBar } from './StageBar';
import { TabContent } from './TabContent';
import { TodoPanel } from './TodoPanel';
import { WORK_TODOS } from '../graphql/todos.graphql';
import { KeyEvaluationShortfallWarning } from '../../evaluation';

/** The work bench of a role: a tab per kind of step (?tab=…), the to-dos beside. */
export default function WorkPage({ role }: { role: Role }) {
  const { t } = useI18n();
  const [params, update] = useQueryParams();
  const [year, setYear] = useYear('work');
  const { years } = useYears();
  // The same query as the to-do panel (one request, from the cache): with no tab asked, open where work waits.
  const todos = useQuery(WORK_TODOS, { variables: { year } });
  const tab = activeTab(role, params.get('tab'), todos.data?.todos ?? []);
  const staged = workTabs(role).length > TABS_WITHOUT_STAGES;
  const tabs = tab && staged ? workStages(role).find((s) => s.stage === stageOf(tab))!.tabs : workTabs(role);
  return (
    <main className="page" id="main">
      <PageHeading title={t('work.title')} subtitle={t('work.subtitle', { year })}>
        <YearPicker year={year} years={years} onChange={setYear} />
      </PageHeading>
      <div className="work-layout">
        <div className="work-layout__main">
          {/* The performance section is warned while the year's key evaluations are fewer than the rule's minimum. */}
          {role === 'PERFORMANCE' && <KeyEvaluationShortfallWarning year={year} />}
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
