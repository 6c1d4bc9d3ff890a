import { Panel } from '@jixiao/ui/panel';
import type { DocumentNode } from 'graphql';
import { useI18n } from '../../../app/i18n/i18n';
import { AgencyForm } from './AgencyForm';
import type { OrganisationData, OrgTab } from './OrganisationTables';
import { RegionForm } from './RegionForm';
import { SectionForm } from './SectionForm';
import { UnitForm } from './UnitForm';

/**
 * The form beside a tab's table: 新设 by default, 修改 once a row's edit button is pressed. The form is
 * keyed by the row (and its version), so its fields start from what the server last answered.
 */
export function OrgFormPanel({
  tab,
  data,
  editingId,
  onDone,
  onCancel,
  refetch,
}: {
  tab: OrgTab;
  data: OrganisationData;
  editingId: string | null;
  onDone: (notice: string) => void;
  onCancel: () => void;
  refetch: DocumentNode;
}) {
  const { t } = useI18n();
  const common = { data, onDone, onCancel, refetch };
  let form;
  let editing: { name: string; version: number } | null;
  if (tab === 'regions') {
    const row = data.regions.find((r) => r.code === editingId) ?? null;
    editing = row;
    form = <RegionForm key={key(editingId, row)} {...common} editing={row} />;
  } else if (tab === 'sections') {
    const row = data.sections.find((s) => s.id === editingId) ?? null;
    editing = row;
    form = <SectionForm key={key(editingId, row)} {...common} editing={row} />;
  } else if (tab === 'units') {
    const row = data.units.find((u) => u.id === editingId) ?? null;
    editing = row;
    form = <UnitForm key={key(editingId, row)} {...common} editing={row} />;
  } else {
    const row = data.agencies.find((a) => a.id === editingId) ?? null;
    editing = row;
    form = <AgencyForm key={key(editingId, row)} {...common} editing={row} />;
  }
  return (
    <Panel
      title={editing ? t('org.edit', { name: editing.name }) : t(`org.new.${tab}`)}
      subtitle={t(`org.newSub.${tab}`)}
      status="ready"
      minHeight={0}
      testId={`panel-${editing ? 'edit' : 'create'}-${tab}`}
    >
      {form}
    </Panel>
  );
}

function key(id: string | null, row: { version: number } | null): string {
  return row ? `${id}@${row.version}` : 'new';
}
