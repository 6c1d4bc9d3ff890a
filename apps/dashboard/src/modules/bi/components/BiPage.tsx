import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { formatDate } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { PageHeading } from '../../../app/components/PageHeading';
import { useI18n } from '../../../app/i18n/i18n';
import type { ApiTokenFieldsFragment } from '../../../generated/graphql';
import { useSession } from '../../auth';
import { API_TOKENS, CREATE_API_TOKEN, REVOKE_API_TOKEN } from '../graphql/api-tokens.graphql';
import { authorizationHeader, curlLine, endpointOf, SAMPLE_QUERY } from '../connection';

function CopyBlock({ label, text, testId }: { label: string; text: string; testId: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (insecure origin): the text stays selectable.
    }
  };
  return (
    <div className="copy-block">
      <div className="copy-block__head">
        <span>{label}</span>
        <button
          type="button"
          className="button button--small"
          onClick={() => void copy()}
          data-testid={`copy-${testId}`}
        >
          {copied ? t('bi.copied') : t('bi.copy')}
        </button>
      </div>
      <pre tabIndex={0} data-testid={testId}>
        <code>{text}</code>
      </pre>
    </div>
  );
}

/** BI: read-only API tokens with the viewer's scope, and how to connect a BI tool with one. */
export default function BiPage() {
  const { t, lang } = useI18n();
  const { state } = useSession();
  const readOnly = state.status === 'signed-in' && state.me.readOnly;
  const tokens = useQuery(API_TOKENS);
  const [create, creating] = useMutation(CREATE_API_TOKEN, { refetchQueries: [API_TOKENS] });
  const [revoke] = useMutation(REVOKE_API_TOKEN);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const endpoint = endpointOf(window.location.origin);
  const shownToken = created?.token ?? '<TOKEN>';

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setMessage(t('bi.nameRequired'));
      return;
    }
    setMessage(null);
    try {
      const result = await create({ variables: { name: trimmed } });
      if (result.data) {
        setCreated({ token: result.data.createApiToken.token, name: trimmed });
        setName('');
      }
    } catch (e) {
      setMessage(errorMessage(e, t, lang));
    }
  };
  const onRevoke = async (token: ApiTokenFieldsFragment) => {
    if (!window.confirm(t('bi.revokeConfirm', { name: token.name }))) return;
    try {
      await revoke({ variables: { id: token.id } });
    } catch (e) {
      setMessage(errorMessage(e, t, lang));
    }
  };
  const list = tokens.data?.apiTokens ?? [];
  const status = tokens.loading && !tokens.data ? 'loading' : tokens.error ? 'error' : list.length ? 'ready' : 'empty';
  return (
    <main className="page" id="main">
      <PageHeading title={t('bi.title')} subtitle={t('bi.subtitle')} />
      <div className="dashboard__grid">
        <Panel
          title={t('bi.create')}
          subtitle={t('bi.createSub')}
          status="ready"
          minHeight={0}
          testId="panel-create-token"
        >
          {readOnly ? (
            <p className="notice">{t('bi.readOnly')}</p>
          ) : (
            <form className="token-form" onSubmit={(e) => void onCreate(e)}>
              <label className="field">
                <span>{t('bi.name')}</span>
                <input
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  maxLength={80}
                  placeholder={t('bi.namePlaceholder')}
                  data-testid="token-name"
                />
              </label>
              <button
                type="submit"
                className="button button--primary"
                disabled={creating.loading}
                data-testid="token-create"
              >
                {creating.loading ? t('bi.creating') : t('bi.createButton')}
              </button>
            </form>
          )}
          {message && (
            <p className="form-error" role="alert">
              {message}
            </p>
          )}
          {created && (
            <div className="token-created" role="status" data-testid="token-created">
              <p>
                <strong>{t('bi.createdTitle', { name: created.name })}</strong> {t('bi.createdOnce')}
              </p>
              <CopyBlock label={t('bi.token')} text={created.token} testId="token-value" />
            </div>
          )}
        </Panel>
        <Panel
          title={t('bi.connect')}
          subtitle={t('bi.connectSub')}
          status="ready"
          minHeight={0}
          testId="panel-connect"
        >
          <CopyBlock label={t('bi.endpoint')} text={endpoint} testId="bi-endpoint" />
          <CopyBlock label={t('bi.header')} text={authorizationHeader(shownToken)} testId="bi-header" />
          <CopyBlock label={t('bi.sample')} text={SAMPLE_QUERY} testId="bi-sample" />
          <CopyBlock label={t('bi.curl')} text={curlLine(endpoint, shownToken, 2023)} testId="bi-curl" />
          <p className="panel-footnote">{t('bi.limits')}</p>
        </Panel>
        <div className="dashboard__wide">
          <Panel title={t('bi.tokens')} status="ready" minHeight={0} testId="panel-tokens">
            <DataTable
              caption={t('bi.tokens')}
              rows={list}
              rowKey={(tk) => tk.id}
              status={status}
              errorText={
                tokens.error ? t('common.loadFailed', { reason: errorMessage(tokens.error, t, lang) }) : undefined
              }
              onRetry={() => void tokens.refetch().catch(() => undefined)}
              retryLabel={t('common.retry')}
              emptyText={t('bi.noTokens')}
              rowClassName={(tk) => (tk.revokedAt ? 'row--muted' : undefined)}
              columns={[
                { key: 'name', header: t('bi.name'), cell: (tk) => tk.name },
                {
                  key: 'prefix',
                  header: t('bi.prefix'),
                  width: '140px',
                  cell: (tk) => <span className="mono">{tk.prefix}…</span>,
                },
                { key: 'created', header: t('bi.createdAt'), width: '110px', cell: (tk) => formatDate(tk.createdAt) },
                {
                  key: 'used',
                  header: t('bi.lastUsed'),
                  width: '110px',
                  cell: (tk) => (tk.lastUsedAt ? formatDate(tk.lastUsedAt) : t('bi.never')),
                },
                {
                  key: 'status',
                  header: t('bi.status'),
                  width: '130px',
                  cell: (tk) => (tk.revokedAt ? t('bi.revokedOn', { date: formatDate(tk.revokedAt) }) : t('bi.active')),
                },
                {
                  key: 'actions',
                  header: t('bi.actions'),
                  width: '90px',
                  cell: (tk) =>
                    tk.revokedAt || readOnly ? null : (
                      <button
                        type="button"
                        className="button button--small button--danger"
                        onClick={() => void onRevoke(tk)}
                        data-testid={`revoke-${tk.name}`}
                      >
                        {t('bi.revoke')}
                      </button>
                    ),
                },
              ]}
            />
          </Panel>
        </div>
      </div>
    </main>
  );
}
