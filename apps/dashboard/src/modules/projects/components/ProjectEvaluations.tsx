import { DataTable, type Column } from '@jixiao/ui/data-table';
import { formatDecimal } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { ExportButtons } from '../../../app/components/ExportButtons';
import type { ExportColumn } from '../../../app/export/table-export';
import { useI18n } from '../../../app/i18n/i18n';
import type { ProjectDetail } from '../project-detail';
import { gradeLabel, kindLabel } from '../project-rows';

type Evaluation = ProjectDetail['evaluations'][number];

/** A grade as a badge, or a dash. */
export function GradeText({ grade }: { grade: string | null | undefined }) {
  const { lang } = useI18n();
  return grade ? (
    <span className={`badge badge--grade-${grade.toLowerCase()}`}>{gradeLabel(grade, lang)}</span>
  ) : (
    <span className="muted">—</span>
  );
}

/** The project's evaluations (self, department, key) with their caps and findings. */
export function ProjectEvaluations({ project, file }: { project: ProjectDetail; file: (what: string) => string }) {
  const { t, lang } = useI18n();
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
            {e.cappedBecause && (
              <strong data-testid="capped-because">{lang === 'zh' ? e.cappedBecause.zh : e.cappedBecause.en}</strong>
            )}
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
    { header: t('detail.eval.date'), value: (e) => e.evaluatedOn ?? '', type: 'date' },
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
  return (
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
  );
}
