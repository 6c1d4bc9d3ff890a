import { useCallback, useMemo } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { FUND_FAMILIES, GRADES, type FundFamily, type Grade } from '@jixiao/schema/enums';
import { DataTable } from '@jixiao/ui/data-table';
import { formatCount } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { fetchAllPages } from '../../../app/apollo/fetch-all';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { ExportButtons } from '../../../app/components/ExportButtons';
import { CursorPager } from '../../../app/components/Pager';
import { safeFileName } from '../../../app/export/download';
import { useDebouncedParam } from '../../../app/router/use-debounced-param';
import { useI18n } from '../../../app/i18n/i18n';
import { checkpointName } from '../../../app/i18n/translate';
import { useQueryParams } from '../../../app/router/router';
import type { ProjectFilter, ProjectOrderField, ProjectTableQuery } from '../../../generated/graphql';
import { FILTER_PARAMS, idOrCode, parseCounty, parseGrade, splitRef } from '../../../app/analytics/cross-filter';
import { PROJECT_TABLE, UNIT_OPTIONS } from '../graphql/project-table.graphql';
import { projectTableColumns } from './project-table-columns';
import { useYears } from '../../../app/analytics/years';
import type { ListFilter } from '../project-list-params';
import {
  familyLabel,
  flagLabel,
  gradeLabel,
  isFundFamily,
  nextSort,
  parseTableState,
  projectExportColumns,
  tableStateParams,
} from '../project-rows';

const PAGE_SIZE = 20;
const connection = (d: ProjectTableQuery) => d.projects;

export interface ProjectTableProps {
  /** Budget year of the projects listed. */
  year: number;
  /** Limits the drill level sets; the reader cannot change them here. */
  fixedSectionId?: string | null;
  /** A drilled unit: its code (or an older address's global id). */
  fixedUnit?: string | null;
  /** Offer the unit filter (not for a unit's own view). */
  unitFilter?: boolean;
  title: string;
  subtitle?: string;
  /** Words for the export's file name (portfolio, unit). */
  fileLabel: string;
  /** Columns of a unit's own view: targets and both checkpoints instead of unit and fund family. */
  variant?: 'portfolio' | 'unit';
  /** Further conditions of the number a list was opened from (the project list page). */
  extra?: ListFilter;
  testId?: string;
}

/**
 * Projects in the viewer's scope: search, sort by header, filters by unit, fund family, open flag and
 * self-evaluation grade, cursor pages, and CSV/XLSX of every row matching. Its state lives in the URL.
 */
export function ProjectTable(props: ProjectTableProps) {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const [params, update] = useQueryParams();
  const state = useMemo(() => parseTableState(params), [params]);
  const ff = params.get(FILTER_PARAMS.fundFamily);
  const fundFamily = ff && isFundFamily(ff) ? ff : null;
  const gradeParam = params.get(FILTER_PARAMS.grade);
  const grade = parseGrade(gradeParam);
  const crossSection = params.get(FILTER_PARAMS.section);
  // Sections and units in the address by code (readable, shareable), a code qualified by its county
  // (652823.sec-jkw, a drilled unit above one county), or, in older addresses, by id.
  const crossRef = splitRef(props.fixedSectionId || props.fixedUnit ? null : crossSection);
  const unitPart = splitRef(props.fixedUnit ?? state.unitId);
  const sectionRef = props.fixedSectionId
    ? { id: props.fixedSectionId, code: null }
    : idOrCode('Section', crossRef.ref);
  const unitRef = idOrCode('Unit', unitPart.ref);
  // An upper level's county (?county=652823): the list shows that county's rows, its links keep it.
  const county = parseCounty(params.get('county'));
  // The rows' county: the one picked, else the one a qualified code names.
  const regionCode = county ?? crossRef.county ?? unitPart.county;

  // The search box answers as one types; the URL (and the query) follow after a pause.
  const [searchText, setSearchText] = useDebouncedParam(state.search, (text) =>
    update({ q: text || null }, { replace: true }),
  );

  const filter = useMemo<ProjectFilter>(
    () => ({
      year: props.year,
      regionCode,
      sectionId: sectionRef.id,
      sectionCode: sectionRef.code,
      unitId: unitRef.id,
      unitCode: unitRef.code,
      fundFamily,
      grade,
      flagLevel: state.flagLevel,
      search: state.search || null,
      ...props.extra,
    }),
    [
      props.year,
      regionCode,
      sectionRef.id,
      sectionRef.code,
      unitRef.id,
      unitRef.code,
      fundFamily,
      grade,
      state.flagLevel,
      state.search,
      props.extra,
    ],
  );
  const orderBy = useMemo(() => ({ field: state.sort, direction: state.direction }), [state.sort, state.direction]);
  const pages = useCursorPages(PROJECT_TABLE, { filter, orderBy }, connection, PAGE_SIZE);

  const units = useQuery(UNIT_OPTIONS, {
    variables: { sectionId: props.fixedSectionId ?? null },
    skip: props.unitFilter === false || Boolean(props.fixedUnit),
  });
  const unitOptions = units.data?.units.edges.map((e) => e.node) ?? [];

  const load = useCallback(async () => {
    const all = await fetchAllPages(client, PROJECT_TABLE, { filter, orderBy }, connection);
    return { rows: all.nodes, truncated: all.truncated };
  }, [client, filter, orderBy]);

  const MONTHS = useYears()
    .checkpoints(props.year)
    .map((c) => c.month);
  const columns = projectTableColumns(t, lang, props.variant ?? 'portfolio', MONTHS, county);

  const status = pages.status === 'ready' ? (pages.nodes.length === 0 ? 'empty' : 'ready') : pages.status;
  const setFilter = (changes: Record<string, string | null>) => update(changes);

  return (
    <Panel
      title={props.title}
      subtitle={
        props.subtitle ??
        (pages.status === 'ready'
          ? t('projects.count', { count: formatCount(pages.totalCount), year: props.year })
          : undefined)
      }
      status="ready"
      testId={props.testId ?? 'project-table'}
      minHeight={0}
      actions={
        <ExportButtons
          columns={projectExportColumns(t, lang, MONTHS)}
          load={load}
          fileName={safeFileName([t('projects.file'), props.fileLabel, props.year])}
          sheetName={t('projects.file')}
          disabled={pages.status !== 'ready' || pages.totalCount === 0}
        />
      }
    >
      <div className="filter-bar" role="search">
        <label className="field field--inline">
          <span>{t('projects.search')}</span>
          <input
            type="search"
            value={searchText}
            placeholder={t('projects.searchPlaceholder')}
            onChange={(e) => setSearchText(e.target.value)}
            data-testid="project-search"
          />
        </label>
        {props.unitFilter !== false && !props.fixedUnit && (
          <label className="field field--inline">
            <span>{t('projects.col.unit')}</span>
            <select
              value={unitOptions.find((u) => u.id === unitRef.id || u.code === unitRef.code)?.code ?? ''}
              onChange={(e) => setFilter({ unit: e.target.value || null })}
              data-testid="filter-unit"
            >
              <option value="">{t('projects.all')}</option>
              {unitOptions.map((u) => (
                <option key={u.id} value={u.code}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field field--inline">
          <span>{t('projects.col.fundFamily')}</span>
          <select
            value={fundFamily ?? ''}
            onChange={(e) => setFilter({ [FILTER_PARAMS.fundFamily]: e.target.value || null })}
            data-testid="filter-family"
          >
            <option value="">{t('projects.all')}</option>
            {FUND_FAMILIES.map((f: FundFamily) => (
              <option key={f} value={f}>
                {familyLabel(f, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--inline">
          <span>{t('projects.col.flag')}</span>
          <select
            value={state.flagLevel ?? ''}
            onChange={(e) => setFilter({ flag: e.target.value || null })}
            data-testid="filter-flag"
          >
            <option value="">{t('projects.all')}</option>
            <option value="YELLOW">{flagLabel('YELLOW', lang)}</option>
            <option value="RED">{flagLabel('RED', lang)}</option>
          </select>
        </label>
        <label className="field field--inline">
          <span>{t('projects.col.grade')}</span>
          <select
            value={grade ?? ''}
            onChange={(e) => setFilter({ [FILTER_PARAMS.grade]: e.target.value || null })}
            data-testid="filter-grade"
          >
            <option value="">{t('projects.all')}</option>
            {GRADES.map((g: Grade) => (
              <option key={g} value={g}>
                {gradeLabel(g, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DataTable
        testId="project-rows"
        caption={props.title}
        columns={columns}
        rows={pages.nodes}
        rowKey={(p) => p.id}
        status={status}
        sort={{ key: state.sort, direction: state.direction === 'ASC' ? 'asc' : 'desc' }}
        onSort={(key) => update(tableStateParams({ ...state, ...nextSort(state, key as ProjectOrderField) }))}
        errorText={t('common.loadFailed', { reason: pages.errorText ?? '' })}
        emptyText={t('projects.empty')}
        onRetry={pages.retry}
        retryLabel={t('common.retry')}
        skeletonRows={8}
      />
      {status === 'ready' && <CursorPager pages={pages} pageSize={PAGE_SIZE} />}
      <p className="panel-footnote">
        {t('projects.footnote', { checkpoint: MONTHS.length ? checkpointName(t, MONTHS[MONTHS.length - 1]) : '' })}
      </p>
    </Panel>
  );
}
