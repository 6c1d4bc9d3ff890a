import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ROLE_LABELS, ROLES, type Role, type SectionKind } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import type { CreateUserInput, UserAccountFieldsFragment } from '../../../generated/graphql';
import { mutationFailure } from '../../work';
import { CREATE_USER, USER_SCOPE_OPTIONS, USERS } from '../graphql/users.graphql';

/** Which of the input's fields each role fills (the server checks the rest: levels, kinds, scope). */
const BINDING: Record<Role, { region?: boolean; section?: SectionKind; unit?: boolean; agency?: boolean }> = {
  LEADERSHIP: { region: true },
  PERFORMANCE: { region: true, section: 'PERFORMANCE' },
  BUDGET: { region: true, section: 'BUDGET' },
  BUSINESS_SECTION: { section: 'BUSINESS' },
  FUND_SECTION: { section: 'FUND' },
  UNIT: { unit: true },
  AGENCY: { agency: true },
  UPPER_LEVEL: { region: true },
  ADMIN: { region: true },
};

type Field = 'username' | 'displayName' | 'regionCode' | 'sectionId' | 'unitId' | 'agencyId';

/** 新建用户: role first, then what that role belongs to; the answer's one-time password goes to `onCreated`. */
export function CreateUserForm({
  onCreated,
}: {
  onCreated: (user: UserAccountFieldsFragment, oneTimePassword: string) => void;
}) {
  const { t, lang } = useI18n();
  const options = useQuery(USER_SCOPE_OPTIONS, { fetchPolicy: 'cache-and-network' });
  const [create, creating] = useMutation(CREATE_USER, { refetchQueries: [USERS] });
  const [role, setRole] = useState<Role>('UNIT');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const binding = BINDING[role];
  const o = options.data?.userScopeOptions;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: Field) => String(data.get(name) ?? '').trim() || null;
    const input: CreateUserInput = {
      username: value('username') ?? '',
      displayName: value('displayName') ?? '',
      role,
      sectionId: binding.section ? value('sectionId') : null,
      unitId: binding.unit ? value('unitId') : null,
      agencyId: binding.agency ? value('agencyId') : null,
    };
    // The performance and budget sections belong to their section, or to the region when none is chosen.
    input.regionCode = binding.region && !input.sectionId ? value('regionCode') : null;
    setErrors({});
    setMessage(null);
    try {
      const result = await create({ variables: { input } });
      if (!result.data) return;
      form.reset();
      onCreated(result.data.createUser.user, result.data.createUser.oneTimePassword);
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
  const select = (name: Field, items: readonly { value: string; label: string }[], optional = false) => (
    <select name={name} defaultValue="" aria-invalid={errors[name] ? true : undefined} data-testid={`user-${name}`}>
      <option value="" disabled={!optional}>
        {t('admin.choose')}
      </option>
      {items.map((i) => (
        <option key={i.value} value={i.value}>
          {i.label}
        </option>
      ))}
    </select>
  );
  const sections = (o?.sections ?? []).filter((s) => s.kind === binding.section);

  return (
    <form className="user-form" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="create-user-form">
      {field('username', t('admin.username'), <input name="username" autoComplete="off" data-testid="user-username" />)}
      {field('displayName', t('admin.displayName'), <input name="displayName" data-testid="user-displayName" />)}
      <label className="field">
        <span>{t('admin.role')}</span>
        <select value={role} onChange={(e) => setRole(e.target.value as Role)} data-testid="user-role">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r][lang]}
            </option>
          ))}
        </select>
      </label>
      {binding.section &&
        field(
          'sectionId',
          binding.region ? t('admin.sectionOptional') : t('admin.section'),
          select(
            'sectionId',
            sections.map((s) => ({ value: s.id, label: `${s.name} · ${s.regionName}` })),
            Boolean(binding.region),
          ),
        )}
      {binding.region &&
        field(
          'regionCode',
          t('admin.region'),
          select(
            'regionCode',
            (o?.regions ?? []).map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` })),
          ),
        )}
      {binding.unit &&
        field(
          'unitId',
          t('admin.unit'),
          select(
            'unitId',
            (o?.units ?? []).map((u) => ({
              value: u.id,
              label: `${u.name}${u.classified ? t('admin.classified') : ''} · ${u.code}`,
            })),
          ),
        )}
      {binding.agency &&
        field(
          'agencyId',
          t('admin.agency'),
          select(
            'agencyId',
            (o?.agencies ?? []).map((a) => ({ value: a.id, label: `${a.name} · ${a.regionName}` })),
          ),
        )}
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="user-form__actions">
        <button type="submit" className="button button--primary" disabled={creating.loading} data-testid="user-create">
          {creating.loading ? t('admin.creating') : t('admin.createButton')}
        </button>
      </div>
    </form>
  );
}
