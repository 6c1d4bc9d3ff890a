import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useI18n } from '../../../app/i18n/i18n';
import { CREATE_UNIT, UPDATE_UNIT } from '../graphql/organisation.graphql';
import { formText, useOrgForm } from '../hooks/useOrgForm';
import { OrgField, OrgFormFooter } from './OrgField';
import type { OrganisationData } from './OrganisationTables';

type UnitRow = OrganisationData['units'][number];

/**
 * 新设单位 / 修改单位: county, code, name, classified, the business section that oversees it; the server
 * names bad fields. With `editing`, the county is the unit's own and only what changed is sent.
 */
export function UnitForm({
  data,
  editing,
  onDone,
  onCancel,
  refetch,
}: {
  data: OrganisationData;
  editing: UnitRow | null;
  onDone: (notice: string) => void;
  onCancel: () => void;
  refetch: DocumentNode;
}) {
  const { t } = useI18n();
  const [create, creating] = useMutation(CREATE_UNIT, { refetchQueries: [refetch] });
  const [update, updating] = useMutation(UPDATE_UNIT, { refetchQueries: [refetch], awaitRefetchQueries: true });
  const { errors, message, run } = useOrgForm();
  const counties = data.regions.filter((r) => r.level === 'COUNTY');
  const [chosen, setCounty] = useState(counties[0]?.code ?? '');
  const county = editing ? editing.regionCode : chosen;
  const sections = data.sections.filter((s) => s.kind === 'BUSINESS' && s.regionCode === county);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const value = formText(form);
    const classified = new FormData(form).get('classified') === 'on';
    void run(async () => {
      if (editing) {
        const input = { id: editing.id, version: editing.version, code: value('code'), name: value('name') };
        const result = await update({
          variables: { input: { ...input, classified, sectionId: value('sectionId') || undefined } },
        });
        if (result.data) onDone(t('org.saved', { name: result.data.updateUnit.name }));
        return;
      }
      const result = await create({
        variables: {
          input: {
            regionCode: county,
            code: value('code'),
            name: value('name'),
            classified,
            sectionId: value('sectionId'),
          },
        },
      });
      if (!result.data) return;
      form.reset();
      onDone(t('org.created', { name: result.data.createUnit.name }));
    });
  };

  return (
    <form
      className="user-form"
      onSubmit={onSubmit}
      noValidate
      data-testid={editing ? 'edit-unit-form' : 'create-unit-form'}
    >
      <OrgField name="regionCode" label={t('org.county')} error={errors.regionCode}>
        <select
          value={county}
          disabled={Boolean(editing)}
          onChange={(e) => setCounty(e.target.value)}
          data-testid="unit-regionCode"
        >
          {counties.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}（{r.code}）
            </option>
          ))}
        </select>
      </OrgField>
      <OrgField name="code" label={t('org.col.code')} error={errors.code}>
        <input name="code" autoComplete="off" defaultValue={editing?.code} data-testid="unit-code" />
      </OrgField>
      <OrgField name="name" label={t('org.col.name')} error={errors.name}>
        <input name="name" defaultValue={editing?.name} data-testid="unit-name" />
      </OrgField>
      <OrgField name="sectionId" label={t('org.col.section')} error={errors.sectionId}>
        <select name="sectionId" defaultValue={editing?.sectionId ?? ''} data-testid="unit-sectionId">
          <option value="" disabled>
            {t('org.choose')}
          </option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </OrgField>
      <label className="checkbox">
        <input
          type="checkbox"
          name="classified"
          defaultChecked={editing?.classified ?? false}
          data-testid="unit-classified"
        />
        <span>{t('org.classified')}</span>
      </label>
      <OrgFormFooter
        message={message}
        busy={creating.loading || updating.loading}
        prefix="unit"
        editing={Boolean(editing)}
        submitLabel={t(editing ? 'org.save' : 'org.create')}
        cancelLabel={t('org.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
