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
      ? [
          {
            key: 'agency',
            header: t('checks.agency'),
            width: '14%',
            cell: (c: CheckRow) => <span style={{ whiteSpace: 'normal' }}>{c.agencyName}</span>,
          },
        ]
      : []),
    {
      key: 'kind',
      header: t('checks.col.kind'),
      width: '16%',
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
    {
      key: 'status',
      header: t('checks.col.status'),
      width: '100px',
      cell: (c) => (
        <span style={{ whiteSpace: 'normal' }}>
          <span
            className={`badge ${c.status === 'OPEN' ? 'badge--state-submitted' : 'badge--state-confirmed'}`}
            data-testid={`check-status-${c.id}`}
          >
            {k(`checks.status.${c.status}`)}
          </span>
          <br />
          <span className="muted mono" style={{ fontSize: 12 }} title={t('checks.col.opened')}>
            {c.concludedOn ?? c.openedOn}
          </span>
        </span>
      ),
    },
    {
      key: 'outcome',
      header: t('checks.col.outcome'),
      width: '17%',
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
      width: '88px',
      align: 'right',
      cell: (c) => (
        <span data-testid={`check-deduction-${c.id}`}>{c.outcome === 'ISSUES_FOUND' ? `−${c.deduction}` : '—'}</span>
      ),
    },
    ...(action ? [{ key: 'action', header: '', width: '108px', cell: (c: CheckRow) => action(c) }] : []),
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
