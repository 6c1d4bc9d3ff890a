import { PageHeading } from '../../../app/components/PageHeading';
import { Tabs, TabPanel } from '../../../app/components/Tabs';
import { YearPicker } from '../../../app/components/YearPicker';
import { useI18n } from '../../../app/i18n/i18n';
import { bilingual } from '../../../app/i18n/translate';
import type { DrillLevel } from '../../../app/router/routes';
import { useQueryParams } from '../../../app/router/router';
import { useSession } from '../../auth';
import { FlagLedger } from '../../flags';
import { DashboardView } from '../../overview';
import { useDashboardUrl } from '../../../app/analytics/use-dashboard-url';
import { useYears } from '../../../app/analytics/years';
import { TodoPanel } from '../../work';
import { ProjectTable } from '../../projects';

const TABS = ['overview', 'projects', 'flags'] as const;
type Tab = (typeof TABS)[number];

function parseTab(value: string | null): Tab {
  return (TABS as readonly string[]).includes(value ?? '') ? (value as Tab) : 'overview';
}

/** A section's portfolio: the cockpit's panels limited to it, its project table and its flag ledger. */
export default function PortfolioPage({ drill }: { drill: DrillLevel }) {
  const { t, lang } = useI18n();
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const { year, setYear } = useDashboardUrl();
  const { years } = useYears();
  const [params, update] = useQueryParams();
  const tab = drill.level === 'county' ? parseTab(params.get('tab')) : 'overview';
  const label = me?.sectionName ?? '';
  return (
    <main className="page" id="main">
      <PageHeading
        title={t('portfolio.title', { section: label })}
        subtitle={me ? bilingual(me.scopeDescription, lang) : undefined}
      >
        <YearPicker year={year} years={years} onChange={setYear} />
      </PageHeading>
      {drill.level === 'county' && <TodoPanel />}
      {drill.level === 'county' && (
        <Tabs
          idPrefix="portfolio"
          label={t('portfolio.tabs')}
          items={[
            { key: 'overview', label: t('portfolio.tab.overview') },
            { key: 'projects', label: t('portfolio.tab.projects') },
            { key: 'flags', label: t('portfolio.tab.flags') },
          ]}
          active={tab}
          onChange={(next) => update({ tab: next === 'overview' ? null : next })}
        />
      )}
      <TabPanel idPrefix="portfolio" active={tab}>
        {tab === 'overview' && <DashboardView base="portfolio" drill={drill} variant="portfolio" />}
        {tab === 'projects' && (
          <ProjectTable year={year} title={t('portfolio.projects')} fileLabel={label} testId="portfolio-projects" />
        )}
        {tab === 'flags' && <FlagLedger year={year} title={t('portfolio.flags', { year })} fileLabel={label} />}
      </TabPanel>
    </main>
  );
}
