import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { PageHeading } from '../../../app/components/PageHeading';
import { Tabs, TabPanel } from '../../../app/components/Tabs';
import { useI18n } from '../../../app/i18n/i18n';
import { useQueryParams } from '../../../app/router/router';
import { useSession } from '../../auth';
import { ORGANISATION, REACTIVATE_UNIT, RETIRE_UNIT } from '../graphql/organisation.graphql';
import { OrganisationTables, type OrganisationData, type OrgTab } from './OrganisationTables';
import { OrgFormPanel } from './OrgFormPanel';

const TABS: readonly OrgTab[] = ['regions', 'sections', 'units', 'agencies'];

/** 组织机构 (/organisation): an administrator's regions and bureaus, sections, units and agencies with staff. */
export default function OrganisationPage() {
  const { t, lang } = useI18n();
  const { state } = useSession();
  const region = state.status === 'signed-in' ? state.me.regionName : '';
  const [params, update] = useQueryParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as OrgTab) : 'units';
  const query = useQuery(ORGANISATION);
  const [retire] = useMutation(RETIRE_UNIT, { refetchQueries: [ORGANISATION] });
  const [reactivate] = useMutation(REACTIVATE_UNIT, { refetchQueries: [ORGANISATION] });
  const [notice, setNotice] = useState<string | null>(null);
  const [editingId, setEditing] = useState<string | null>(null);
  const data: OrganisationData | undefined = query.data?.organisation;

  const onToggle = async (unit: { id: string; name: string; active: boolean; version: number }) => {
    setNotice(null);
    try {
      if (unit.active) {
        if (!window.confirm(t('org.retireConfirm', { name: unit.name }))) return;
        await retire({ variables: { id: unit.id, version: unit.version } });
      } else {
        await reactivate({ variables: { id: unit.id, version: unit.version } });
      }
    } catch (e) {
      setNotice(errorMessage(e, t, lang));
    }
  };

  const status = query.error ? 'error' : !data ? 'loading' : 'ready';
  return (
    <main className="page" id="main">
      <PageHeading title={t('org.title')} subtitle={t('org.subtitle', { region })} />
      <Tabs
        idPrefix="organisation"
        label={t('org.title')}
        items={TABS.map((key) => ({ key, label: t(`org.tab.${key}`) }))}
        active={tab}
        onChange={(next) => {
          setNotice(null);
          setEditing(null);
          update({ tab: next === 'units' ? null : next });
        }}
      />
      <TabPanel idPrefix="organisation" active={tab}>
        <div className="admin-grid">
          {data && (
            <div className="org-form-sticky">
              <OrgFormPanel
                tab={tab}
                data={data}
                editingId={editingId}
                onDone={(text) => {
                  setEditing(null);
                  setNotice(text);
                }}
                onCancel={() => setEditing(null)}
                refetch={ORGANISATION}
              />
            </div>
          )}
          <Panel
            title={t(`org.tab.${tab}`)}
            status={status}
            errorText={query.error ? t('common.loadFailed', { reason: errorMessage(query.error, t, lang) }) : undefined}
            minHeight={0}
            testId={`panel-org-${tab}`}
          >
            {notice && (
              <p className="notice" role="status" data-testid="org-notice">
                {notice}
              </p>
            )}
            {data && (
              <OrganisationTables
                tab={tab}
                data={data}
                editingId={editingId}
                onEdit={(id) => {
                  setNotice(null);
                  setEditing(id);
                }}
                onToggleUnit={(u) => void onToggle(u)}
              />
            )}
          </Panel>
        </div>
      </TabPanel>
    </main>
  );
}
