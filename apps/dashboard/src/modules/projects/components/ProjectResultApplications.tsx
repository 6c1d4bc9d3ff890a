import { DataTable, type Column } from '@jixiao/ui/data-table';
import { formatRate, yuanPlain } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { ExportButtons } from '../../../app/components/ExportButtons';
import { AMOUNT_WIDTH, Money } from '../../../app/components/Money';
import type { ExportColumn } from '../../../app/export/table-export';
import { useI18n } from '../../../app/i18n/i18n';
import type { ProjectDetail } from '../project-detail';
import { gradeLabel } from '../project-rows';
import { GradeText } from './ProjectEvaluations';

type Application = ProjectDetail['resultApplications'][number];

/** The cuts the project's results brought. */
export function ProjectResultApplications({
  project,
  file,
}: {
  project: ProjectDetail;
  file: (what: string) => string;
}) {
  const { t, lang } = useI18n();
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
      width: AMOUNT_WIDTH,
      align: 'right',
      cell: (a) => <Money yuan={a.baseBudget} />,
    },
    {
      key: 'proposed',
      header: t('detail.cut.proposed'),
      width: AMOUNT_WIDTH,
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
      width: AMOUNT_WIDTH,
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
    { header: t('detail.cut.share'), value: (a) => a.cutShare, type: 'rate', decimals: 0 },
    { header: t('detail.cut.baseYuan'), value: (a) => yuanPlain(a.baseBudget), type: 'money' },
    { header: t('detail.cut.proposedYuan'), value: (a) => yuanPlain(a.proposedCut), type: 'money' },
    {
      header: t('detail.cut.acceptedYuan'),
      value: (a) => (a.acceptedCut ? yuanPlain(a.acceptedCut) : null),
      type: 'money',
    },
    { header: t('detail.cut.status'), value: (a) => a.status },
    { header: t('detail.cut.reason'), value: (a) => a.reason },
  ];
  return (
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
  );
}
