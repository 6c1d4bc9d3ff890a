import type { ReactNode } from 'react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { useI18n } from '../../../app/i18n/i18n';
import type { Translate } from '../../../app/i18n/translate';
import type { ExAnteProject } from './ExAnteBadges';
import { moneyColumn, projectColumn, unitColumn } from '../../../app/components/table-columns';
import { RowButton } from '../../work';

/** The unit, project and budget columns of every ex-ante list. */
export function exAnteColumns(t: Translate): Column<ExAnteProject>[] {
  return [
    unitColumn(t('exante.unit'), '150px', (p) => p.unit),
    projectColumn(t('exante.project'), (p) => p),
    moneyColumn('budget', t('exante.budget'), (p) => p.budget),
  ];
}

/** A queue of assessments, each opened below the table to read and act on. */
export function ExAnteQueueTable({
  rows,
  open,
  onOpen,
  emptyText,
  testId,
  caption,
  extra,
}: {
  rows: readonly ExAnteProject[];
  open: string | null;
  onOpen: (id: string | null) => void;
  emptyText: string;
  testId: string;
  caption: string;
  extra?: { key: string; header: string; width: string; cell: (p: ExAnteProject) => ReactNode };
}) {
  const { t } = useI18n();
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(p) => p.id}
      status={rows.length ? 'ready' : 'empty'}
      emptyText={emptyText}
      testId={testId}
      columns={[
        ...exAnteColumns(t),
        ...(extra ? [extra] : []),
        {
          key: 'actions',
          header: t('exante.actions'),
          width: '80px',
          cell: (p) => (
            <RowButton
              primary={open !== p.id}
              expanded={open === p.id}
              onClick={() => onOpen(open === p.id ? null : p.id)}
              testId={`exante-open-${p.code}`}
            >
              {open === p.id ? t('exante.close') : t('exante.open')}
            </RowButton>
          ),
        },
      ]}
    />
  );
}
