import type { ReactNode } from 'react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type { AgencyCheckRowFragment } from '../../../generated/graphql';

export type CheckRow = AgencyCheckRowFragment;

/** The checks of a year: kind (with the lead or the seed), the work checked, state and outcome. */
export function ChecksTable({
  caption,
  rows,
  showAgency,
  action,
  testId,
}: {
  caption: string;
  rows: readonly CheckRow[];
  showAgency: boolean;
  action?: (c: CheckRow) => ReactNode;
  testId: string;
}) {
  const { t } = useI18n();
  const k = (key: string) => t(key as MessageKey);
  const columns: Column<CheckRow>[] = [
    ...(showAgency
      ? [{ key: 'agency', header: t('checks.agency'), width: '16%', cell: (c: CheckRow) => c.agencyName }]
      : []),
    {
      key: 'kind',
      header: t('checks.col.kind'),
      width: '22%',
      cell: (c) => (
        <span style={{ whiteSpace: 'normal' }}>
          {c.kind === 'RANDOM' ? t('checks.random') : t('checks.targeted')}
          <br />
          <span className="muted" style={{ fontSize: 12 }}>
            {c.kind === 'RANDOM'
              ? t('checks.seed', { seed: c.drawSeed ?? '', pool: c.drawPool ?? 0 })
              : t('checks.lead', { lead: c.leadSource })}
          </span>
        </span>
      ),
    },
    {
      key: 'subject',
      header: t('checks.col.subject'),
      cell: (c) => (
        <span style={{ whiteSpace: 'normal' }} title={c.subjectName}>
          <span className="mono muted">{c.subjectCode}</span> {c.subjectName}
          <br />
          <span className="muted" style={{ fontSize: 12 }}>
            {k(`checks.subjectKind.${c.subjectKind}`)}
          </span>
        </span>
      ),
    },
    { key: 'opened', header: t('checks.col.opened'), width: '100px', cell: (c) => c.openedOn },
    {
      key: 'status',
      header: t('checks.col.status'),
      width: '90px',
      cell: (c) => (
        <span
          className={`badge ${c.status === 'OPEN' ? 'badge--state-submitted' : 'badge--state-confirmed'}`}
          data-testid={`check-status-${c.id}`}
        >
          {k(`checks.status.${c.status}`)}
        </span>
      ),
    },
    {
      key: 'outcome',
      header: t('checks.col.outcome'),
      width: '20%',
      cell: (c) =>
        c.outcome ? (
          <span style={{ whiteSpace: 'normal' }} data-testid={`check-outcome-${c.id}`}>
            {k(`checks.outcome.${c.outcome}`)}
            {c.findings && (
              <>
                <br />
                <span className="muted" style={{ fontSize: 12 }}>
                  {c.findings}
                </span>
              </>
            )}
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'deduction',
      header: t('checks.col.deduction'),
      width: '72px',
      align: 'right',
      cell: (c) => (
        <span data-testid={`check-deduction-${c.id}`}>{c.outcome === 'ISSUES_FOUND' ? `−${c.deduction}` : '—'}</span>
      ),
    },
    ...(action ? [{ key: 'action', header: '', width: '84px', cell: (c: CheckRow) => action(c) }] : []),
  ];
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(c) => c.id}
      status={rows.length ? 'ready' : 'empty'}
      emptyText={t('checks.empty')}
      testId={testId}
      columns={columns}
    />
  );
}
