import { FUND_FAMILY_LABELS, SECTION_KIND_LABELS } from '@jixiao/schema/enums';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { useI18n } from '../../../app/i18n/i18n';
import type { OrganisationQuery } from '../../../generated/graphql';

export type OrgTab = 'regions' | 'sections' | 'units' | 'agencies';
export type OrganisationData = OrganisationQuery['organisation'];
type UnitRow = OrganisationData['units'][number];

/** The table of one tab of 组织机构: what the server answers, as it answers it. */
export function OrganisationTables({
  tab,
  data,
  editingId,
  onEdit,
  onToggleUnit,
}: {
  tab: OrgTab;
  data: OrganisationData;
  editingId: string | null;
  onEdit: (id: string) => void;
  onToggleUnit: (unit: UnitRow) => void;
}) {
  const { t, lang } = useI18n();
  const none = t('org.none');
  const code = (r: { code: string }) => <span className="mono">{r.code}</span>;
  const name = (r: { name: string }) => <span title={r.name}>{r.name}</span>;
  const common = { caption: t(`org.tab.${tab}`), retryLabel: t('common.retry'), testId: `org-${tab}` };
  // The row's 修改 button: fills the form beside the table with the row.
  const edit = (id: string, testId: string) => (
    <button
      type="button"
      className="button button--small"
      aria-pressed={editingId === id}
      onClick={() => onEdit(id)}
      data-testid={`${testId}-edit`}
    >
      {t('org.editShort')}
    </button>
  );
  const editColumn = <R,>(id: (r: R) => string, testId: (r: R) => string): Column<R> => ({
    key: 'edit',
    header: t('org.col.actions'),
    width: '72px',
    cell: (r) => edit(id(r), testId(r)),
  });
  const status = <R,>(rows: readonly R[]) => (rows.length ? ('ready' as const) : ('empty' as const));

  if (tab === 'regions') {
    const columns: Column<OrganisationData['regions'][number]>[] = [
      { key: 'code', header: t('org.col.code'), width: '16%', cell: code },
      { key: 'name', header: t('org.col.name'), cell: name },
      { key: 'level', header: t('org.col.level'), width: '14%', cell: (r) => t(`org.level.${r.level}`) },
      { key: 'bureau', header: t('org.col.bureau'), cell: (r) => r.bureauName ?? none },
      editColumn(
        (r) => r.code,
        (r) => `region-${r.code}`,
      ),
    ];
    return (
      <DataTable
        {...common}
        rows={data.regions}
        rowKey={(r) => r.code}
        status={status(data.regions)}
        columns={columns}
      />
    );
  }
  if (tab === 'sections') {
    const columns: Column<OrganisationData['sections'][number]>[] = [
      { key: 'code', header: t('org.col.code'), width: '14%', cell: code },
      { key: 'name', header: t('org.col.name'), cell: name },
      { key: 'kind', header: t('org.col.kind'), width: '20%', cell: (s) => SECTION_KIND_LABELS[s.kind][lang] },
      {
        key: 'family',
        header: t('org.col.family'),
        width: '18%',
        cell: (s) => (s.ownedFundFamily ? FUND_FAMILY_LABELS[s.ownedFundFamily][lang] : none),
      },
      { key: 'units', header: t('org.col.units'), width: '12%', align: 'right', cell: (s) => s.unitCount },
      editColumn(
        (s) => s.id,
        (s) => `section-${s.code}`,
      ),
    ];
    return (
      <DataTable
        {...common}
        rows={data.sections}
        rowKey={(s) => s.id}
        status={status(data.sections)}
        columns={columns}
      />
    );
  }
  if (tab === 'units') {
    const columns: Column<UnitRow>[] = [
      { key: 'code', header: t('org.col.code'), width: '12%', cell: code },
      {
        key: 'name',
        header: t('org.col.name'),
        cell: (u) => (
          <span title={u.name}>
            {u.name}
            {u.classified && <span className="badge badge--warning"> {t('org.classified')}</span>}
          </span>
        ),
      },
      { key: 'section', header: t('org.col.section'), width: '22%', cell: (u) => u.sectionName },
      {
        key: 'status',
        header: t('org.col.status'),
        width: '10%',
        cell: (u) => t(u.active ? 'org.active' : 'org.retired'),
      },
      {
        key: 'actions',
        header: t('org.col.actions'),
        width: '132px',
        cell: (u) => (
          <span className="row-actions">
            {edit(u.id, `unit-${u.code}`)}
            <button
              type="button"
              className={u.active ? 'button button--small button--danger' : 'button button--small'}
              onClick={() => onToggleUnit(u)}
              data-testid={`unit-toggle-${u.code}`}
            >
              {t(u.active ? 'org.retire' : 'org.reactivate')}
            </button>
          </span>
        ),
      },
    ];
    return (
      <DataTable
        {...common}
        rows={data.units}
        rowKey={(u) => u.id}
        status={status(data.units)}
        rowClassName={(u) => (u.active ? undefined : 'row--muted')}
        columns={columns}
      />
    );
  }
  const columns: Column<OrganisationData['agencies'][number]>[] = [
    { key: 'code', header: t('org.col.code'), width: '12%', cell: code },
    {
      key: 'name',
      header: t('org.col.name'),
      cell: (a) => (
        <span title={a.name}>
          {a.name}
          {a.clearedForClassified && <span className="badge badge--warning"> {t('org.cleared')}</span>}
        </span>
      ),
    },
    {
      key: 'credit',
      header: t('org.col.credit'),
      width: '22%',
      cell: (a) => <span className="mono">{a.creditCode}</span>,
    },
    {
      key: 'staff',
      header: t('org.col.staff'),
      width: '30%',
      cell: (a) => {
        const text = a.staff.map((s) => `${s.displayName}（${s.username}）`).join('、') || none;
        return <span title={text}>{text}</span>;
      },
    },
    editColumn(
      (a) => a.id,
      (a) => `agency-${a.code}`,
    ),
  ];
  return (
    <DataTable {...common} rows={data.agencies} rowKey={(a) => a.id} status={status(data.agencies)} columns={columns} />
  );
}
