import { useMemo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ROLE_LABELS } from '@jixiao/schema/enums';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { PageHeading } from '../../../app/components/PageHeading';
import { Pager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import type { UserAccountFieldsFragment, UsersQuery } from '../../../generated/graphql';
import { useSession } from '../../auth';
import { DEACTIVATE_USER, RESET_PASSWORD, UNLOCK_USER, USERS } from '../graphql/users.graphql';
import { CreateUserForm } from './CreateUserForm';

const PAGE_SIZE = 20;
/** YYYY-MM-DD HH:mm in the county's time zone. */
const lockedUntilText = (iso: string) =>
  new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, 16);
const connection = (data: UsersQuery) => data.users;

/** 用户管理 (/admin): an administrator's users — list, create, reset a password, deactivate. */
export default function UsersPage() {
  const { t, lang } = useI18n();
  const { state } = useSession();
  const region = state.status === 'signed-in' ? state.me.regionName : '';
  const [search, setSearch] = useState('');
  const filter = useMemo(() => ({ filter: { search: search.trim() || null } }), [search]);
  const pages = useCursorPages(USERS, filter, connection, PAGE_SIZE);
  const [reset] = useMutation(RESET_PASSWORD);
  const [deactivate] = useMutation(DEACTIVATE_USER);
  const [unlock] = useMutation(UNLOCK_USER);
  const [handed, setHanded] = useState<{ username: string; password: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const act = async (run: () => Promise<unknown>) => {
    setNotice(null);
    try {
      await run();
    } catch (e) {
      setNotice(errorMessage(e, t, lang));
    }
  };
  const onReset = (u: UserAccountFieldsFragment) =>
    act(async () => {
      if (!window.confirm(t('admin.resetConfirm', { username: u.username }))) return;
      const res = await reset({ variables: { id: u.id } });
      if (res.data) setHanded({ username: u.username, password: res.data.resetPassword.oneTimePassword });
    });
  const onDeactivate = (u: UserAccountFieldsFragment) =>
    act(async () => {
      if (!window.confirm(t('admin.deactivateConfirm', { username: u.username }))) return;
      await deactivate({ variables: { id: u.id } });
      setNotice(t('admin.deactivated', { username: u.username }));
    });

  const onUnlock = (u: UserAccountFieldsFragment) =>
    act(async () => {
      await unlock({ variables: { id: u.id } });
      setNotice(t('admin.unlocked', { username: u.username }));
    });

  const columns: Column<UserAccountFieldsFragment>[] = [
    {
      key: 'username',
      header: t('admin.col.username'),
      width: '14%',
      cell: (u) => <span className="mono">{u.username}</span>,
    },
    { key: 'name', header: t('admin.col.name'), cell: (u) => <span title={u.displayName}>{u.displayName}</span> },
    { key: 'role', header: t('admin.col.role'), width: '10%', cell: (u) => ROLE_LABELS[u.role][lang] },
    {
      key: 'belongs',
      header: t('admin.col.belongs'),
      width: '17%',
      cell: (u) => {
        const text = u.sectionName ?? u.unitName ?? u.agencyName ?? u.regionName;
        return <span title={text}>{text}</span>;
      },
    },
    {
      key: 'status',
      header: t('admin.col.status'),
      width: '10%',
      cell: (u) => (!u.active ? t('admin.inactive') : u.mustChangePassword ? t('admin.mustChange') : t('admin.active')),
    },
    {
      // Locked after repeated failed logins (issue 14 §2): the server says until when, in the county's time.
      key: 'locked',
      header: t('admin.col.locked'),
      width: '17%',
      cell: (u) =>
        u.lockedUntil ? (
          <span className="user-locked" data-testid={`locked-${u.username}`}>
            <span>{lockedUntilText(u.lockedUntil)}</span>
            <button
              type="button"
              className="button button--small"
              onClick={() => void onUnlock(u)}
              data-testid={`unlock-${u.username}`}
            >
              {t('admin.unlock')}
            </button>
          </span>
        ) : (
          t('admin.notLocked')
        ),
    },
    {
      key: 'actions',
      header: t('admin.col.actions'),
      width: '170px',
      cell: (u) =>
        u.active && (
          <span className="user-actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => void onReset(u)}
              data-testid={`reset-${u.username}`}
            >
              {t('admin.reset')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => void onDeactivate(u)}
              data-testid={`deactivate-${u.username}`}
            >
              {t('admin.deactivate')}
            </button>
          </span>
        ),
    },
  ];

  return (
    <main className="page" id="main">
      <PageHeading title={t('admin.title')} subtitle={t('admin.subtitle', { region })} />
      <div className="admin-grid">
        <Panel
          title={t('admin.create')}
          subtitle={t('admin.createSub')}
          status="ready"
          minHeight={0}
          testId="panel-create-user"
        >
          <CreateUserForm onCreated={(u, password) => setHanded({ username: u.username, password })} />
          {handed && (
            <div className="token-created" role="status" data-testid="one-time-password">
              <p>
                <strong>{t('admin.passwordTitle', { username: handed.username })}</strong> {t('admin.passwordOnce')}
              </p>
              <pre tabIndex={0}>
                <code data-testid="one-time-password-value">{handed.password}</code>
              </pre>
            </div>
          )}
        </Panel>
        <Panel title={t('admin.list')} status="ready" minHeight={0} testId="panel-users">
          <label className="field user-search">
            <span>{t('admin.search')}</span>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} data-testid="user-search" />
          </label>
          {notice && (
            <p className="notice" role="status" data-testid="users-notice">
              {notice}
            </p>
          )}
          <DataTable
            caption={t('admin.list')}
            rows={pages.nodes}
            rowKey={(u) => u.id}
            status={pages.status === 'ready' && pages.nodes.length === 0 ? 'empty' : pages.status}
            errorText={pages.errorText ? t('common.loadFailed', { reason: pages.errorText }) : undefined}
            onRetry={pages.retry}
            retryLabel={t('common.retry')}
            emptyText={t('admin.empty')}
            rowClassName={(u) => (u.active ? undefined : 'row--muted')}
            columns={columns}
            testId="user-rows"
          />
          <Pager
            page={pages.page}
            pageSize={PAGE_SIZE}
            totalCount={pages.totalCount}
            hasPrevious={pages.hasPrevious}
            hasNext={pages.hasNext}
            onPrevious={pages.previous}
            onNext={pages.next}
          />
        </Panel>
      </div>
    </main>
  );
}
