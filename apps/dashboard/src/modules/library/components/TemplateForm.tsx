import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { COMPARATORS, COMPARATOR_SYMBOLS, INDICATOR_LEVEL1, INDICATOR_LEVEL1_LABELS } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import type { AdminLibraryGroupsQuery, AdminLibraryQuery } from '../../../generated/graphql';
import { FailureBanner, mutationFailure, useWorkAction, type MutationFailure } from '../../work';
import { CREATE_TEMPLATE, TEMPLATES, UPDATE_TEMPLATE } from '../graphql/library.graphql';

export type TemplateRow = AdminLibraryQuery['indicatorTemplates']['edges'][number]['node'];
export type GroupChoice = AdminLibraryGroupsQuery['indicatorGroups'][number];
type Field =
  'groupCode' | 'code' | 'level1' | 'level2' | 'name' | 'comparator' | 'unitOfMeasure' | 'referenceValue' | 'year';

/**
 * Adds a template to the year's library of the administrator's region, or edits one from that year on with the
 * version read; the server names a bad field, and a change by someone else in between offers a reload.
 */
export function TemplateForm({
  year,
  template,
  groups,
  onDone,
  onCancel,
}: {
  year: number;
  template: TemplateRow | null;
  groups: readonly GroupChoice[];
  onDone: (name: string, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [create, creating] = useMutation(CREATE_TEMPLATE, { refetchQueries: [TEMPLATES] });
  const [update, updating] = useMutation(UPDATE_TEMPLATE, { refetchQueries: [TEMPLATES] });
  const { reload } = useWorkAction();
  const [failure, setFailure] = useState<MutationFailure | null>(null);
  const errors: Partial<Record<Field, string>> = failure?.fields ?? {};
  const groupCode = template ? (groups.find((g) => g.name === template.groupName)?.code ?? '') : '';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const value = (name: Field) => String(values.get(name) ?? '').trim();
    const input = {
      groupCode: value('groupCode'),
      code: template ? template.code : value('code'),
      level1: value('level1'),
      level2: value('level2'),
      name: value('name'),
      comparator: value('comparator'),
      unitOfMeasure: value('unitOfMeasure'),
      referenceValue: value('referenceValue'),
    };
    setFailure(null);
    try {
      if (template) {
        const result = await update({ variables: { id: template.id, year, input, version: template.version } });
        if (result.data) onDone(result.data.updateIndicatorTemplate.name, false);
      } else {
        const result = await create({ variables: { year, input } });
        if (!result.data) return;
        form.reset();
        onDone(result.data.createIndicatorTemplate.name, true);
      }
    } catch (e) {
      setFailure(mutationFailure(e, lang));
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
  const text = (name: Field, defaultValue: string, readOnly = false) => (
    <input
      name={name}
      defaultValue={defaultValue}
      readOnly={readOnly}
      autoComplete="off"
      data-testid={`template-${name}`}
    />
  );
  const choose = (
    <option value="" disabled>
      {t('lib.choose')}
    </option>
  );

  return (
    <form className="user-form" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="template-form">
      {field(
        'groupCode',
        t('lib.t.group'),
        <select name="groupCode" defaultValue={groupCode} data-testid="template-groupCode">
          {choose}
          {groups.map((g) => (
            <option key={g.code} value={g.code}>
              {lang === 'zh' ? g.name : g.nameEn}
            </option>
          ))}
        </select>,
      )}
      {field('code', t('lib.t.code'), text('code', template?.code ?? '', template !== null))}
      {field(
        'level1',
        t('lib.t.level1'),
        <select name="level1" defaultValue={template?.level1 ?? ''} data-testid="template-level1">
          {choose}
          {INDICATOR_LEVEL1.map((l) => (
            <option key={l} value={l}>
              {INDICATOR_LEVEL1_LABELS[l][lang]}
            </option>
          ))}
        </select>,
      )}
      {field('level2', t('lib.t.level2'), text('level2', template?.level2 ?? ''))}
      {field('name', t('lib.t.name'), text('name', template?.name ?? ''))}
      {field(
        'comparator',
        t('lib.t.comparator'),
        <select name="comparator" defaultValue={template?.comparator ?? ''} data-testid="template-comparator">
          {choose}
          {COMPARATORS.map((c) => (
            <option key={c} value={c}>
              {c === 'QUALITATIVE' ? t('lib.t.qualitative') : `${COMPARATOR_SYMBOLS[c]}（${c}）`}
            </option>
          ))}
        </select>,
      )}
      {field('unitOfMeasure', t('lib.t.unitOfMeasure'), text('unitOfMeasure', template?.unitOfMeasure ?? ''))}
      {field('referenceValue', t('lib.t.referenceValue'), text('referenceValue', template?.referenceValue ?? ''))}
      {errors.year && (
        <p className="form-error" role="alert">
          {errors.year}
        </p>
      )}
      {failure && Object.keys(failure.fields).length === 0 && (
        <FailureBanner failure={failure} onReload={() => void reload()} />
      )}
      <div className="user-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={creating.loading || updating.loading}
          data-testid="template-submit"
        >
          {t(template ? 'lib.save' : 'lib.add')}
        </button>
        {template && (
          <button type="button" className="button" onClick={onCancel} data-testid="template-cancel">
            {t('lib.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
