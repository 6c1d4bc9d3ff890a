import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { FUND_FAMILIES, FUND_FAMILY_LABELS, SECTION_KINDS, SECTION_KIND_LABELS } from '@jixiao/schema/enums';
import type { FundFamily, SectionKind } from '../../../generated/graphql';
import { useI18n } from '../../../app/i18n/i18n';
import { CREATE_SECTION, UPDATE_SECTION } from '../graphql/organisation.graphql';
import { formText, useOrgForm } from '../hooks/useOrgForm';
import { OrgField, OrgFormFooter } from './OrgField';
import type { OrganisationData } from './OrganisationTables';

type SectionRow = OrganisationData['sections'][number];

/**
 * 新设科室 / 修改科室 of a county: code, name, kind (fixed once created), the fund family a fund section
 * owns, and the units a business section oversees. A unit always has one section, so the units already
 * overseen stay ticked; ticking another moves it here. The server names bad fields.
 */
export function SectionForm({
  data,
  editing,
  onDone,
  onCancel,
  refetch,
}: {
  data: OrganisationData;
  editing: SectionRow | null;
  onDone: (notice: string) => void;
  onCancel: () => void;
  refetch: DocumentNode;
}) {
  const { t, lang } = useI18n();
  const [create, creating] = useMutation(CREATE_SECTION, { refetchQueries: [refetch], awaitRefetchQueries: true });
  const [update, updating] = useMutation(UPDATE_SECTION, { refetchQueries: [refetch], awaitRefetchQueries: true });
  const { errors, message, run } = useOrgForm();
  const counties = data.regions.filter((r) => r.level === 'COUNTY');
  const [chosen, setCounty] = useState(counties[0]?.code ?? '');
  const [chosenKind, setKind] = useState<SectionKind>('BUSINESS');
  const county = editing ? editing.regionCode : chosen;
  const kind = editing ? editing.kind : chosenKind;
  const units = data.units.filter((u) => u.regionCode === county && u.active);
  const overseen = new Set(editing ? units.filter((u) => u.sectionId === editing.id).map((u) => u.id) : []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const value = formText(form);
    const ticked = new FormData(form).getAll('unitIds').map(String);
    const unitIds = kind === 'BUSINESS' ? ticked.filter((id) => !overseen.has(id)) : undefined;
    const ownedFundFamily = kind === 'FUND' ? ((value('ownedFundFamily') || null) as FundFamily | null) : undefined;
    void run(async () => {
      if (editing) {
        const input = { id: editing.id, version: editing.version, code: value('code'), name: value('name') };
        const result = await update({ variables: { input: { ...input, ownedFundFamily, unitIds } } });
        if (result.data) onDone(t('org.saved', { name: result.data.updateSection.name }));
        return;
      }
      const input = { regionCode: county, code: value('code'), name: value('name'), kind, ownedFundFamily, unitIds };
      const result = await create({ variables: { input } });
      if (!result.data) return;
      form.reset();
      onDone(t('org.createdSection', { name: result.data.createSection.name }));
    });
  };

  return (
    <form
      className="user-form"
      onSubmit={onSubmit}
      noValidate
      data-testid={editing ? 'edit-section-form' : 'create-section-form'}
    >
      <OrgField name="regionCode" label={t('org.county')} error={errors.regionCode}>
        <select
          value={county}
          disabled={Boolean(editing)}
          onChange={(e) => setCounty(e.target.value)}
          data-testid="section-regionCode"
        >
          {counties.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}（{r.code}）
            </option>
          ))}
        </select>
      </OrgField>
      <OrgField name="code" label={t('org.col.code')} error={errors.code}>
        <input name="code" autoComplete="off" defaultValue={editing?.code} data-testid="section-code" />
      </OrgField>
      <OrgField name="name" label={t('org.col.name')} error={errors.name}>
        <input name="name" defaultValue={editing?.name} data-testid="section-name" />
      </OrgField>
      <OrgField name="kind" label={t('org.col.kind')} error={errors.kind}>
        <select
          value={kind}
          disabled={Boolean(editing)}
          onChange={(e) => setKind(e.target.value as SectionKind)}
          data-testid="section-kind"
        >
          {SECTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {SECTION_KIND_LABELS[k][lang]}
            </option>
          ))}
        </select>
      </OrgField>
      {kind === 'FUND' && (
        <OrgField name="ownedFundFamily" label={t('org.col.family')} error={errors.ownedFundFamily}>
          <select name="ownedFundFamily" defaultValue={editing?.ownedFundFamily ?? ''} data-testid="section-family">
            <option value="">{t('org.choose')}</option>
            {FUND_FAMILIES.map((f) => (
              <option key={f} value={f}>
                {FUND_FAMILY_LABELS[f][lang]}
              </option>
            ))}
          </select>
        </OrgField>
      )}
      {kind === 'BUSINESS' && (
        <fieldset className="work-fieldset" data-testid="section-units">
          <legend>{t('org.oversees')}</legend>
          <div className="checkbox-list">
            {units.map((u) => (
              <label key={u.id} className="checkbox">
                <input
                  type="checkbox"
                  name="unitIds"
                  value={u.id}
                  defaultChecked={overseen.has(u.id)}
                  disabled={overseen.has(u.id)}
                  data-testid={`section-unit-${u.code}`}
                />
                <span>
                  {u.name}（{u.sectionName}）
                </span>
              </label>
            ))}
          </div>
          {errors.unitIds && (
            <p className="field-error" role="alert" data-testid="error-unitIds">
              {errors.unitIds}
            </p>
          )}
        </fieldset>
      )}
      <OrgFormFooter
        message={message}
        busy={creating.loading || updating.loading}
        prefix="section"
        editing={Boolean(editing)}
        submitLabel={t(editing ? 'org.save' : 'org.create')}
        cancelLabel={t('org.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
