import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useI18n } from '../../../app/i18n/i18n';
import { mutationFailure } from '../../work';
import { CREATE_UNIT } from '../graphql/organisation.graphql';
import type { OrganisationData } from './OrganisationTables';

type Field = 'regionCode' | 'code' | 'name' | 'sectionId';

/** 新设单位: county, code, name, classified, the business section that oversees it; the server names bad fields. */
export function CreateUnitForm({
  data,
  onCreated,
  refetch,
}: {
  data: OrganisationData;
  onCreated: (name: string) => void;
  refetch: DocumentNode;
}) {
  const { t, lang } = useI18n();
  const [create, creating] = useMutation(CREATE_UNIT, { refetchQueries: [refetch] });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const counties = data.regions.filter((r) => r.level === 'COUNTY');
  const [county, setCounty] = useState(counties[0]?.code ?? '');
  const sections = data.sections.filter((s) => s.kind === 'BUSINESS' && s.regionCode === county);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const value = (name: string) => String(values.get(name) ?? '').trim();
    setErrors({});
    setMessage(null);
    try {
      const result = await create({
        variables: {
          input: {
            regionCode: county,
            code: value('code'),
            name: value('name'),
            classified: values.get('classified') === 'on',
            sectionId: value('sectionId'),
          },
        },
      });
      if (!result.data) return;
      form.reset();
      onCreated(result.data.createUnit.name);
    } catch (e) {
      const failure = mutationFailure(e, lang);
      setErrors(failure.fields);
      if (Object.keys(failure.fields).length === 0) setMessage(failure.message || t('error.unknown'));
    }
  }

  const field = (name: Field, label: string, control: ReactNode) => (
    <label className="field">
      <span>{label}</span>
      {control}
      {errors[name] && (
        <p className="field-error" role="alert" data-testid={`error-${name}`}>
          {errors[name]}
        </p>
      )}
    </label>
  );

  return (
    <form className="user-form" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="create-unit-form">
      {field(
        'regionCode',
        t('org.county'),
        <select value={county} onChange={(e) => setCounty(e.target.value)} data-testid="unit-regionCode">
          {counties.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}（{r.code}）
            </option>
          ))}
        </select>,
      )}
      {field('code', t('org.col.code'), <input name="code" autoComplete="off" data-testid="unit-code" />)}
      {field('name', t('org.col.name'), <input name="name" data-testid="unit-name" />)}
      {field(
        'sectionId',
        t('org.col.section'),
        <select name="sectionId" defaultValue="" data-testid="unit-sectionId">
          <option value="" disabled>
            {t('org.choose')}
          </option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>,
      )}
      <label className="checkbox">
        <input type="checkbox" name="classified" data-testid="unit-classified" />
        <span>{t('org.classified')}</span>
      </label>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="user-form__actions">
        <button type="submit" className="button button--primary" disabled={creating.loading} data-testid="unit-create">
          {t('org.create')}
        </button>
      </div>
    </form>
  );
}
