import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useI18n } from '../../../app/i18n/i18n';
import { CREATE_REGION, UPDATE_REGION } from '../graphql/organisation.graphql';
import { formText, useOrgForm } from '../hooks/useOrgForm';
import { OrgField, OrgFormFooter } from './OrgField';
import type { OrganisationData } from './OrganisationTables';

type RegionRow = OrganisationData['regions'][number];

/**
 * 新设地区 under one of the administrator's provinces or prefectures (a county has none below it), or
 * 修改 a region: its name, and for a county the name of its finance bureau. The server names bad fields.
 */
export function RegionForm({
  data,
  editing,
  onDone,
  onCancel,
  refetch,
}: {
  data: OrganisationData;
  editing: RegionRow | null;
  onDone: (notice: string) => void;
  onCancel: () => void;
  refetch: DocumentNode;
}) {
  const { t } = useI18n();
  const [create, creating] = useMutation(CREATE_REGION, { refetchQueries: [refetch] });
  const [update, updating] = useMutation(UPDATE_REGION, { refetchQueries: [refetch], awaitRefetchQueries: true });
  const { errors, message, run } = useOrgForm();
  const parents = data.regions.filter((r) => r.level !== 'COUNTY');
  const [parentCode, setParent] = useState(parents[0]?.code ?? '');
  const parent = parents.find((r) => r.code === parentCode);
  // The new region is a county below a prefecture: only then does it have a finance bureau of its own.
  const county = editing ? editing.level === 'COUNTY' : parent?.level === 'PREFECTURE';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const value = formText(form);
    const bureauName = county ? value('bureauName') || null : undefined;
    void run(async () => {
      if (editing) {
        const input = { code: editing.code, version: editing.version, name: value('name'), bureauName };
        const result = await update({ variables: { input } });
        if (result.data) onDone(t('org.saved', { name: result.data.updateRegion.name }));
        return;
      }
      const input = { parentCode, code: value('code'), name: value('name'), bureauName };
      const result = await create({ variables: { input } });
      if (!result.data) return;
      form.reset();
      onDone(t('org.createdRegion', { name: result.data.createRegion.name }));
    });
  };

  if (!editing && parents.length === 0) {
    return (
      <p className="muted" data-testid="region-none">
        {t('org.noParent')}
      </p>
    );
  }
  return (
    <form
      className="user-form"
      onSubmit={onSubmit}
      noValidate
      data-testid={editing ? 'edit-region-form' : 'create-region-form'}
    >
      {!editing && (
        <OrgField name="parentCode" label={t('org.parent')} error={errors.parentCode}>
          <select value={parentCode} onChange={(e) => setParent(e.target.value)} data-testid="region-parentCode">
            {parents.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}（{r.code}）
              </option>
            ))}
          </select>
        </OrgField>
      )}
      <OrgField name="code" label={t('org.regionCode')} error={errors.code}>
        <input
          name="code"
          autoComplete="off"
          inputMode="numeric"
          defaultValue={editing?.code}
          disabled={Boolean(editing)}
          data-testid="region-code"
        />
      </OrgField>
      <OrgField name="name" label={t('org.col.name')} error={errors.name}>
        <input name="name" defaultValue={editing?.name} data-testid="region-name" />
      </OrgField>
      {county && (
        <OrgField name="bureauName" label={t('org.col.bureau')} error={errors.bureauName}>
          <input name="bureauName" defaultValue={editing?.bureauName ?? ''} data-testid="region-bureauName" />
        </OrgField>
      )}
      <OrgFormFooter
        message={message}
        busy={creating.loading || updating.loading}
        prefix="region"
        editing={Boolean(editing)}
        submitLabel={t(editing ? 'org.save' : 'org.create')}
        cancelLabel={t('org.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
