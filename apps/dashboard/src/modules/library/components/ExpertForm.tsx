import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n/i18n';
import type { AdminExpertsQuery } from '../../../generated/graphql';
import { mutationFailure } from '../../work';
import { CREATE_EXPERT, EXPERTS, UPDATE_EXPERT } from '../graphql/library.graphql';

export type ExpertRow = AdminExpertsQuery['experts'][number];
export type UnitChoice = AdminExpertsQuery['organisation']['units'][number];
type Field = 'name' | 'field' | 'organisation' | 'contact' | 'active' | 'conflictUnitIds';

/**
 * Adds an expert, or edits one (`expert`): name, field, organisation, contact, in the library or not, and
 * the units of the administrator's regions it must not review. The server names a bad field; it shows there.
 */
export function ExpertForm({
  expert,
  units,
  onDone,
  onCancel,
}: {
  expert: ExpertRow | null;
  units: readonly UnitChoice[];
  onDone: (name: string, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [create, creating] = useMutation(CREATE_EXPERT, { refetchQueries: [EXPERTS] });
  const [update, updating] = useMutation(UPDATE_EXPERT, { refetchQueries: [EXPERTS] });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const conflicted = new Set(expert?.conflicts.map((c) => c.id) ?? []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const value = (name: string) => String(values.get(name) ?? '').trim();
    const input = {
      name: value('name'),
      field: value('field'),
      organisation: value('organisation'),
      contact: value('contact'),
      active: values.get('active') === 'on',
      conflictUnitIds: values.getAll('conflict').map(String),
    };
    setErrors({});
    setMessage(null);
    try {
      if (expert) {
        const result = await update({ variables: { id: expert.id, version: expert.version, input } });
        if (result.data) onDone(result.data.updateExpert.name, false);
      } else {
        const result = await create({ variables: { input } });
        if (!result.data) return;
        form.reset();
        onDone(result.data.createExpert.name, true);
      }
    } catch (e) {
      const failure = mutationFailure(e, lang);
      const fields = Object.fromEntries(
        Object.entries(failure.fields).map(([k, v]) => [k.replace(/\[\d+\]$/, ''), v]),
      ) as Partial<Record<Field, string>>;
      setErrors(fields);
      if (Object.keys(fields).length === 0) setMessage(failure.message || t('error.unknown'));
    }
  }

  const error = (name: Field) =>
    errors[name] && (
      <p className="field-error" role="alert" data-testid={`error-${name}`}>
        {errors[name]}
      </p>
    );
  const field = (name: Field, label: string, control: ReactNode) => (
    <label className="field">
      <span>{label}</span>
      {control}
      {error(name)}
    </label>
  );
  const text = (name: Field, defaultValue: string) => (
    <input name={name} defaultValue={defaultValue} autoComplete="off" data-testid={`expert-${name}`} />
  );

  return (
    <form className="user-form" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="expert-form">
      {field('name', t('lib.expert.name'), text('name', expert?.name ?? ''))}
      {field('field', t('lib.expert.field'), text('field', expert?.field ?? ''))}
      {field('organisation', t('lib.expert.organisation'), text('organisation', expert?.organisation ?? ''))}
      {field('contact', t('lib.expert.contact'), text('contact', expert?.contact ?? ''))}
      <label className="checkbox">
        <input type="checkbox" name="active" defaultChecked={expert?.active ?? true} data-testid="expert-active" />
        <span>{t('lib.expert.active')}</span>
      </label>
      {error('active')}
      <fieldset className="field conflict-list" data-testid="expert-conflicts">
        <legend>{t('lib.expert.conflicts')}</legend>
        <div className="conflict-list__options">
          {units.map((u) => (
            <label key={u.id} className="checkbox">
              <input
                type="checkbox"
                name="conflict"
                value={u.id}
                defaultChecked={conflicted.has(u.id)}
                data-testid={`conflict-${u.code}`}
              />
              <span>
                {u.name}
                <span className="mono">（{u.code}）</span>
              </span>
            </label>
          ))}
        </div>
        {error('conflictUnitIds')}
      </fieldset>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="user-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={creating.loading || updating.loading}
          data-testid="expert-submit"
        >
          {t(expert ? 'lib.save' : 'lib.add')}
        </button>
        {expert && (
          <button type="button" className="button" onClick={onCancel} data-testid="expert-cancel">
            {t('lib.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
