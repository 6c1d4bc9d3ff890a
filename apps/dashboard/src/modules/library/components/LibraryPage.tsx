import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { PageHeading } from '../../../app/components/PageHeading';
import { Pager } from '../../../app/components/Pager';
import { useI18n } from '../../../app/i18n/i18n';
import type { Notice } from './notice';
import { useQueryParams } from '../../../app/router/router';
import { useYears } from '../../overview';
import { FailureBanner, mutationFailure, useWorkAction, type MutationFailure } from '../../work';
import type { AdminLibraryQuery } from '../../../generated/graphql';
import { LIBRARY_GROUPS, RETIRE_TEMPLATE, TEMPLATES } from '../graphql/library.graphql';
import { TemplateForm, type TemplateRow } from './TemplateForm';
import { TemplateTable } from './TemplateTable';

const PAGE_SIZE = 50;
const connection = (data: AdminLibraryQuery) => data.indicatorTemplates;

/**
 * 指标库 (/admin/library?year=2026&retired=1): the indicator library of a year (the server's years and the
 * one after, to prepare it), its templates by page, by group or name, with or without the retired ones;
 * add to the administrator's region, edit and retire its own (with the version read: a conflict offers a reload).
 */
export default function LibraryPage() {
  const { t, lang } = useI18n();
  const [params, update] = useQueryParams();
  const { years: dataYears, defaultYear } = useYears();
  const years = [...dataYears, dataYears.at(-1)! + 1];
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : defaultYear;
  const includeRetired = params.get('retired') === '1';
  const groupCode = params.get('group') || null;
  const [search, setSearch] = useState('');
  const filter = useMemo(
    () => ({ filter: { year, includeRetired, groupCode, search: search.trim() || null } }),
    [year, includeRetired, groupCode, search],
  );
  const pages = useCursorPages(TEMPLATES, filter, connection, PAGE_SIZE);
  const groups = useQuery(LIBRARY_GROUPS);
  const [retire] = useMutation(RETIRE_TEMPLATE, { refetchQueries: [TEMPLATES] });
  const [chosen, setEditing] = useState<TemplateRow | null>(null);
  // The row as last read: after a reload (a conflict) the form opens again on the fresh version.
  const editing = chosen ? (pages.nodes.find((n) => n.id === chosen.id) ?? chosen) : null;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<MutationFailure | null>(null);
  const { reload } = useWorkAction();
  const groupList = groups.data?.indicatorGroups ?? [];

  const onRetire = async (row: TemplateRow) => {
    setNotice(null);
    setFailure(null);
    if (!window.confirm(t('lib.templates.retireConfirm', { name: row.name, year }))) return;
    try {
      await retire({ variables: { id: row.id, year, version: row.version } });
      if (editing?.id === row.id) setEditing(null);
      setNotice({ key: 'lib.templates.retired', values: { name: row.name, year } });
    } catch (e) {
      setFailure(mutationFailure(e, lang));
    }
  };

  return (
    <main className="page" id="main">
      <PageHeading title={t('lib.templates.title')} subtitle={t('lib.templates.subtitle')} />
      <div className="library-controls">
        <label className="year-picker">
          <span>{t('lib.templates.year')}</span>
          <select
            value={year}
            onChange={(e) => {
              setEditing(null);
              setNotice(null);
              update({ year: Number(e.target.value) === defaultYear ? null : e.target.value });
            }}
            data-testid="library-year"
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {t('common.yearOption', { year: y })}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeRetired}
            onChange={(e) => update({ retired: e.target.checked ? '1' : null })}
            data-testid="library-include-retired"
          />
          <span>{t('lib.templates.includeRetired')}</span>
        </label>
        <label className="year-picker">
          <span>{t('lib.t.group')}</span>
          <select
            value={groupCode ?? ''}
            onChange={(e) => update({ group: e.target.value || null })}
            data-testid="library-group"
          >
            <option value="">{t('lib.templates.allGroups')}</option>
            {groupList.map((g) => (
              <option key={g.code} value={g.code}>
                {lang === 'zh' ? g.name : g.nameEn}
              </option>
            ))}
          </select>
        </label>
        <label className="year-picker">
          <span>{t('lib.templates.search')}</span>
          <input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="library-search"
          />
        </label>
      </div>
      <div className="admin-grid">
        <Panel
          title={editing ? t('lib.templates.edit', { name: editing.name, year }) : t('lib.templates.new', { year })}
          subtitle={t('lib.templates.newSub')}
          status={groups.data ? 'ready' : 'loading'}
          minHeight={0}
          testId="panel-template-form"
        >
          {groups.data && (
            <TemplateForm
              key={editing ? `${editing.id}:${editing.version}:${year}` : `new:${year}`}
              year={year}
              template={editing}
              groups={groupList}
              onDone={(name, created) => {
                setEditing(null);
                setNotice({ key: created ? 'lib.templates.created' : 'lib.templates.updated', values: { name } });
              }}
              onCancel={() => setEditing(null)}
            />
          )}
        </Panel>
        <Panel
          title={t('lib.templates.list', { year, count: pages.totalCount })}
          status={pages.status}
          errorText={pages.errorText ? t('common.loadFailed', { reason: pages.errorText }) : undefined}
          minHeight={0}
          testId="panel-templates"
        >
          <FailureBanner
            failure={failure}
            onReload={() => {
              setFailure(null);
              void reload();
            }}
          />
          {notice && (
            <p className="notice" role="status" data-testid="lib-notice">
              {'text' in notice ? notice.text : t(notice.key, notice.values)}
            </p>
          )}
          <TemplateTable
            year={year}
            rows={pages.nodes}
            caption={t('lib.templates.list', { year, count: pages.totalCount })}
            onEdit={(row) => {
              setNotice(null);
              setFailure(null);
              setEditing(row);
            }}
            onRetire={(row) => void onRetire(row)}
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
