import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable, type Column } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { PageHeading } from '../../../app/components/PageHeading';
import { useI18n } from '../../../app/i18n/i18n';
import type { Notice } from './notice';
import { useSession } from '../../auth';
import { EXPERTS } from '../graphql/library.graphql';
import { ExpertForm, type ExpertRow } from './ExpertForm';

/** 专家库 (/admin/experts): an administrator's experts, each with the units it must not review. */
export default function ExpertsPage() {
  const { t, lang } = useI18n();
  const { state } = useSession();
  const region = state.status === 'signed-in' ? state.me.regionName : '';
  const query = useQuery(EXPERTS);
  const [editing, setEditing] = useState<ExpertRow | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const experts = query.data?.experts ?? [];
  const units = (query.data?.organisation.units ?? []).filter((u) => u.active);
  const none = t('lib.none');

  const columns: Column<ExpertRow>[] = [
    { key: 'name', header: t('lib.expert.name'), width: '12%', cell: (x) => x.name },
    { key: 'field', header: t('lib.expert.field'), width: '14%', cell: (x) => <span title={x.field}>{x.field}</span> },
    {
      key: 'organisation',
      header: t('lib.expert.organisation'),
      cell: (x) => <span title={x.organisation}>{x.organisation}</span>,
    },
    { key: 'contact', header: t('lib.expert.contact'), width: '14%', cell: (x) => x.contact || none },
    {
      key: 'conflicts',
      header: t('lib.expert.conflicts'),
      width: '22%',
      cell: (x) => {
        const text = x.conflicts.map((c) => c.name).join('、') || none;
        return <span title={text}>{text}</span>;
      },
    },
    {
      key: 'status',
      header: t('lib.expert.status'),
      width: '9%',
      cell: (x) => t(x.active ? 'lib.expert.inLibrary' : 'lib.expert.out'),
    },
    {
      key: 'actions',
      header: t('lib.actions'),
      width: '80px',
      cell: (x) => (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setNotice(null);
            setEditing(x);
          }}
          data-testid={`expert-edit-${x.name}`}
        >
          {t('lib.edit')}
        </button>
      ),
    },
  ];

  const status = query.error ? 'error' : !query.data ? 'loading' : 'ready';
  return (
    <main className="page" id="main">
      <PageHeading title={t('lib.experts.title')} subtitle={t('lib.experts.subtitle', { region })} />
      <div className="admin-grid">
        <Panel
          title={editing ? t('lib.experts.edit', { name: editing.name }) : t('lib.experts.new')}
          subtitle={t('lib.experts.newSub')}
          status={status === 'ready' ? 'ready' : 'loading'}
          minHeight={0}
          testId="panel-expert-form"
        >
          {query.data && (
            <ExpertForm
              key={editing ? `${editing.id}:${editing.version}` : 'new'}
              expert={editing}
              units={units}
              onDone={(name, created) => {
                setEditing(null);
                setNotice({ key: created ? 'lib.experts.created' : 'lib.experts.updated', values: { name } });
              }}
              onCancel={() => setEditing(null)}
            />
          )}
        </Panel>
        <Panel
          title={t('lib.experts.list')}
          status={status}
          errorText={query.error ? t('common.loadFailed', { reason: errorMessage(query.error, t, lang) }) : undefined}
          minHeight={0}
          testId="panel-experts"
        >
          {notice && (
            <p className="notice" role="status" data-testid="lib-notice">
              {'text' in notice ? notice.text : t(notice.key, notice.values)}
            </p>
          )}
          <DataTable
            caption={t('lib.experts.list')}
            retryLabel={t('common.retry')}
            testId="expert-rows"
            rows={experts}
            rowKey={(x) => x.id}
            status={experts.length ? 'ready' : 'empty'}
            rowClassName={(x) => (x.active ? undefined : 'row--muted')}
            columns={columns}
          />
        </Panel>
      </div>
    </main>
  );
}
