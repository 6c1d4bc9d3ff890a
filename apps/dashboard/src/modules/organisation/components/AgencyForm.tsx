import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useI18n } from '../../../app/i18n/i18n';
import { CREATE_AGENCY, UPDATE_AGENCY } from '../graphql/organisation.graphql';
import { formText, useOrgForm } from '../hooks/useOrgForm';
import { OrgField, OrgFormFooter } from './OrgField';
import type { OrganisationData } from './OrganisationTables';

type AgencyRow = OrganisationData['agencies'][number];

/**
 * 新增第三方机构 / 修改 of a county: code, name and the 18-character unified social credit code; when editing,
 * whether it is cleared for classified work (涉密业务资质: only then may it take a classified unit's project).
 * The server checks the code's length and uniqueness and names the field.
 */
export function AgencyForm({
  data,
  editing,
  onDone,
  onCancel,
  refetch,
}: {
  data: OrganisationData;
  editing: AgencyRow | null;
  onDone: (notice: string) => void;
  onCancel: () => void;
  refetch: DocumentNode;
}) {
  const { t } = useI18n();
  const [create, creating] = useMutation(CREATE_AGENCY, { refetchQueries: [refetch], awaitRefetchQueries: true });
  const [update, updating] = useMutation(UPDATE_AGENCY, { refetchQueries: [refetch], awaitRefetchQueries: true });
  const { errors, message, run } = useOrgForm();
  const counties = data.regions.filter((r) => r.level === 'COUNTY');
  const [chosen, setCounty] = useState(counties[0]?.code ?? '');
  const county = editing ? editing.regionCode : chosen;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const value = formText(form);
    const fields = { code: value('code'), name: value('name'), creditCode: value('creditCode').toUpperCase() };
    const clearedForClassified = new FormData(form).get('clearedForClassified') === 'on';
    void run(async () => {
      if (editing) {
        const result = await update({
          variables: { input: { id: editing.id, version: editing.version, ...fields, clearedForClassified } },
        });
        if (result.data) onDone(t('org.saved', { name: result.data.updateAgency.name }));
        return;
      }
      const result = await create({ variables: { input: { regionCode: county, ...fields } } });
      if (!result.data) return;
      form.reset();
      onDone(t('org.createdAgency', { name: result.data.createAgency.name }));
    });
  };

  return (
    <form
      className="user-form"
      onSubmit={onSubmit}
      noValidate
      data-testid={editing ? 'edit-agency-form' : 'create-agency-form'}
    >
      <OrgField name="regionCode" label={t('org.county')} error={errors.regionCode}>
        <select
          value={county}
          disabled={Boolean(editing)}
          onChange={(e) => setCounty(e.target.value)}
          data-testid="agency-regionCode"
        >
          {counties.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}（{r.code}）
            </option>
          ))}
        </select>
      </OrgField>
      <OrgField name="code" label={t('org.col.code')} error={errors.code}>
        <input name="code" autoComplete="off" defaultValue={editing?.code} data-testid="agency-code" />
      </OrgField>
      <OrgField name="name" label={t('org.col.name')} error={errors.name}>
        <input name="name" defaultValue={editing?.name} data-testid="agency-name" />
      </OrgField>
      <OrgField name="creditCode" label={t('org.col.credit')} error={errors.creditCode}>
        <input
          name="creditCode"
          className="mono"
          autoComplete="off"
          maxLength={18}
          placeholder={t('org.creditHint')}
          defaultValue={editing?.creditCode}
          data-testid="agency-creditCode"
        />
      </OrgField>
      {editing && (
        <label className="checkbox" title={t('org.clearedHint')}>
          <input
            type="checkbox"
            name="clearedForClassified"
            defaultChecked={editing.clearedForClassified}
            data-testid="agency-clearedForClassified"
          />
          <span>{t('org.clearedLabel')}</span>
        </label>
      )}
      <OrgFormFooter
        message={message}
        busy={creating.loading || updating.loading}
        prefix="agency"
        editing={Boolean(editing)}
        submitLabel={t(editing ? 'org.save' : 'org.create')}
        cancelLabel={t('org.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
