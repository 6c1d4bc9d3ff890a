import type { Column } from '@jixiao/ui/data-table';
import { formatDecimal } from '@jixiao/ui/format';
import { useI18n } from '../../../app/i18n/i18n';
import type { PublishEvaluationsPageQuery, WorkPublishRowFieldsFragment } from '../../../generated/graphql';
import { gradeLabel, kindLabel } from '../../projects';
import { finalScore } from '../key-evaluation-form';

export type Row = WorkPublishRowFieldsFragment;

export const PAGE_SIZE = 20;
export const connection = (d: PublishEvaluationsPageQuery) => d.evaluations;
export const subject = (e: Row) => (e.project ? `${e.project.code} ${e.project.name}` : (e.unit?.name ?? ''));
export const publishable = (e: Row) => !e.unit?.classified;

export function usePublishColumns(): Column<Row>[] {
  const { t, lang } = useI18n();
  return [
    {
      key: 'subject',
      header: t('publish.col.subject'),
      cell: (e) => (
        <span title={`${subject(e)} · ${e.unit?.name ?? ''}`}>
          {subject(e)}
          {e.project && <span className="muted"> · {e.unit?.name}</span>}
        </span>
      ),
    },
    { key: 'kind', header: t('publish.col.kind'), width: '176px', cell: (e) => kindLabel(e.kind, lang) },
    {
      key: 'score',
      header: t('publish.col.score'),
      width: '68px',
      align: 'right',
      cell: (e) => {
        const s = finalScore(e);
        return s === null ? '—' : formatDecimal(s, 2);
      },
    },
    {
      key: 'grade',
      header: t('publish.col.grade'),
      width: '96px',
      cell: (e) =>
        e.grade ? (
          <span className={`badge badge--grade-${e.grade.toLowerCase()}`}>{gradeLabel(e.grade, lang)}</span>
        ) : (
          '—'
        ),
    },
    { key: 'evaluatedOn', header: t('publish.col.evaluatedOn'), width: '112px', cell: (e) => e.evaluatedOn ?? '—' },
  ];
}
