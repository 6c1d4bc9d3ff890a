import '../reports.css';
import { Panel } from '@jixiao/ui/panel';
import { PageHeading } from '../../../app/components/PageHeading';
import { YearPicker } from '../../../app/components/YearPicker';
import { useI18n } from '../../../app/i18n/i18n';
import { useSession } from '../../auth';
import { useYear, useYears } from '../../overview';
import { exportPaths } from '../export-file';
import { DownloadButton } from './DownloadButton';
import { TemplateEditor } from './TemplateEditor';
import { UnitExports } from './UnitExports';

/** 报告与报表: the year's annual report (.docx), every unit's forms (.zip), and the report's template. */
export default function ReportsPage() {
  const { t } = useI18n();
  const { state: session } = useSession();
  const [year, setYear] = useYear();
  const { years } = useYears();
  const editable = session.status === 'signed-in' && session.me.role === 'PERFORMANCE';
  return (
    <main className="page reports" id="main" data-testid="reports-page">
      <PageHeading title={t('reports.title')} subtitle={t('reports.subtitle')}>
        <YearPicker year={year} years={years} onChange={setYear} />
      </PageHeading>
      <div className="dashboard__grid">
        <Panel
          title={t('reports.annual.title', { year })}
          subtitle={t('reports.annual.subtitle')}
          status="ready"
          minHeight={0}
          testId="panel-annual-report"
        >
          <p className="reports__text">{t('reports.annual.text', { year, evaluated: year - 1 })}</p>
          <DownloadButton
            primary
            path={exportPaths.annualReport(year)}
            fallbackName={`annual-report-${year}.docx`}
            label={t('reports.annual.download')}
            testId="download-annual-report"
          />
        </Panel>
        <UnitExports year={year} />
        <div className="dashboard__wide">
          <TemplateEditor editable={editable} />
        </div>
      </div>
    </main>
  );
}
