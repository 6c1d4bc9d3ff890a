import { useMemo } from 'react';
import { PageHeading } from '../../../app/components/PageHeading';
import { useI18n } from '../../../app/i18n/i18n';
import { Link, useQueryParams } from '../../../app/router/router';
import { useYear } from '../../../app/analytics/use-dashboard-url';
import { LIST_PARAMS, parseListFilter, projectListPath } from '../project-list-params';
import { ProjectTable } from './ProjectTable';
import { usePickedCounty } from '../../counties';

/**
 * 项目清单: the projects behind a number of the cockpit. Every filter is in the address, so the link a
 * tile or a bar opens is the list of exactly the rows it counted (the server applies the same filter).
 */
export default function ProjectListPage() {
  const { t } = useI18n();
  const [year] = useYear();
  const [params] = useQueryParams();
  const extra = useMemo(() => parseListFilter(params), [params]);
  const conditions: string[] = [];
  if (extra.flagMeasure && extra.flagMonth)
    conditions.push(t(`list.measure.${extra.flagMeasure}`, { month: extra.flagMonth }));
  if (extra.checkpointMonth) conditions.push(t('list.checkpoint', { month: extra.checkpointMonth }));
  if (extra.agencyId) conditions.push(t('list.agency'));
  if (extra.overdue) conditions.push(t('list.overdue'));
  const own = Object.values(LIST_PARAMS).some((k) => params.has(k));
  const county = usePickedCounty();
  const subtitle = t('list.subtitle', { year });
  return (
    <main className="page" id="main">
      <PageHeading
        title={t('list.title')}
        subtitle={
          <span data-testid="page-subtitle">{county ? `${county.name ?? county.code} · ${subtitle}` : subtitle}</span>
        }
      />
      {conditions.length > 0 && (
        <p className="filter-chips" data-testid="list-conditions">
          {t('list.conditions')}
          {conditions.join('；')}
          {own && (
            <>
              {' '}
              <Link to={projectListPath({ year, county: county?.code })}>{t('list.clear')}</Link>
            </>
          )}
        </p>
      )}
      <ProjectTable year={year} extra={extra} title={t('list.title')} fileLabel={String(year)} testId="project-list" />
    </main>
  );
}
