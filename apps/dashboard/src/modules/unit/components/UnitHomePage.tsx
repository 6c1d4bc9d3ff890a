import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { formatDecimal } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { PageHeading } from '../../../app/components/PageHeading';
import { YearPicker } from '../../../app/components/YearPicker';
import { useI18n } from '../../../app/i18n/i18n';
import { FlagLedger } from '../../flags';
import { ExecutionCheckpointsChart, FlagsOverCheckpointsChart, KpiRow } from '../../overview';
import { useYear } from '../../../app/analytics/use-dashboard-url';
import { useYears } from '../../../app/analytics/years';
import { NO_FILTER, scopeOf } from '../../../app/analytics/cross-filter';
import { gradeLabel, ProjectTable } from '../../projects';
import { TodoPanel } from '../../work';
import { UNIT_HOME } from '../graphql/unit-home.graphql';

// The whole portfolio of a unit is itself: the server scopes every figure, nothing is narrowed here.
const SCOPE = scopeOf(NO_FILTER, { level: 'county' });
const UNIT_KPIS = ['projects', 'budget', 'executed', 'execution-rate', 'yellow', 'red', 'excellent-share'] as const;

/** A unit's own view: its projects with targets, checkpoint results, flags with deadlines and grades. */
export default function UnitHomePage() {
  const { t, lang } = useI18n();
  const [year, setYear] = useYear();
  const { years } = useYears();
  const { data, loading, error } = useQuery(UNIT_HOME);
  const unit = data?.units.edges[0]?.node ?? null;
  const evaluations = unit?.unitWideEvaluations ?? [];
  return (
    <main className="page" id="main">
      <PageHeading
        title={unit?.name ?? t('unit.title')}
        subtitle={unit ? t('unit.subtitle', { section: unit.section?.name ?? '—', code: unit.code }) : undefined}
      >
        <YearPicker year={year} years={years} onChange={setYear} />
      </PageHeading>
      <TodoPanel />
      <KpiRow year={year} scope={SCOPE} only={UNIT_KPIS} />
      <div className="dashboard__grid">
        <ExecutionCheckpointsChart year={year} scope={SCOPE} height={280} />
        <FlagsOverCheckpointsChart year={year} scope={SCOPE} height={280} />
        <div className="dashboard__wide">
          <ProjectTable
            year={year}
            title={t('unit.projects', { year })}
            fileLabel={unit?.name ?? ''}
            unitFilter={false}
            variant="unit"
            testId="unit-projects"
          />
        </div>
        <div className="dashboard__wide">
          <FlagLedger year={year} title={t('unit.flags', { year })} fileLabel={unit?.name ?? ''} testId="unit-flags" />
        </div>
        <div className="dashboard__wide">
          <Panel
            title={t('unit.unitWide')}
            subtitle={t('unit.unitWideSub')}
            status={loading ? 'loading' : error ? 'error' : evaluations.length ? 'ready' : 'empty'}
            errorText={error ? t('common.loadFailed', { reason: error.message }) : undefined}
            emptyText={t('unit.unitWideEmpty')}
            minHeight={120}
            testId="panel-unit-wide"
          >
            <DataTable
              caption={t('unit.unitWide')}
              rows={evaluations}
              rowKey={(e) => e.id}
              status="ready"
              columns={[
                {
                  key: 'year',
                  header: t('detail.eval.year'),
                  width: '96px',
                  cell: (e) => t('common.yearOption', { year: e.year }),
                },
                { key: 'date', header: t('detail.eval.date'), width: '110px', cell: (e) => e.evaluatedOn ?? '—' },
                {
                  key: 'score',
                  header: t('detail.eval.score'),
                  width: '80px',
                  align: 'right',
                  cell: (e) => (e.score == null ? '—' : formatDecimal(e.score, 2)),
                },
                {
                  key: 'grade',
                  header: t('detail.eval.grade'),
                  width: '80px',
                  cell: (e) =>
                    e.grade ? (
                      <span className={`badge badge--grade-${e.grade.toLowerCase()}`}>{gradeLabel(e.grade, lang)}</span>
                    ) : (
                      '—'
                    ),
                },
                {
                  key: 'caps',
                  header: t('detail.eval.caps'),
                  cell: (e) =>
                    e.caps
                      .filter((c) => c.applied)
                      .map((c) => (lang === 'zh' ? c.zh : c.en))
                      .join('；') || t('detail.eval.noCap'),
                },
                {
                  key: 'findings',
                  header: t('detail.eval.findings'),
                  cell: (e) => e.findings.map((f) => f.text).join('；') || '—',
                },
              ]}
            />
          </Panel>
        </div>
      </div>
    </main>
  );
}
