import { useState } from 'react';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { formatCount, formatYuanExact } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { PageHeading } from '../../../app/components/PageHeading';
import { CursorPager } from '../../../app/components/Pager';
import { YearPicker } from '../../../app/components/YearPicker';
import { useCursorPages } from '../../../app/apollo/use-cursor-pages';
import { useDebouncedParam } from '../../../app/router/use-debounced-param';
import { useI18n } from '../../../app/i18n/i18n';
import { placeName } from '../../../app/i18n/translate';
import { Link, useQueryParams } from '../../../app/router/router';
import { LanguageSwitch } from '../../../app/shell/LanguageSwitch';
import type { PublicDisclosuresQuery } from '../../../generated/graphql';
import {
  budgetText,
  disclosureYears,
  evaluationKindLabel,
  gradeLabel,
  level1Label,
  pickYear,
  scoreText,
  targetText,
} from '../disclosure-view';
import { PUBLIC_DISCLOSURE_YEARS, PUBLIC_DISCLOSURES, PUBLIC_SUMMARY } from '../graphql/public-disclosures.graphql';
import { PublicSummary } from './PublicSummary';
import { createPublicClient } from '../public-client';
import '../disclosure.css';

type PublicProject = PublicDisclosuresQuery['publicDisclosures']['edges'][number]['node'];

const PAGE_SIZE = 10;
const connection = (data: PublicDisclosuresQuery) => data.publicDisclosures;

function ProjectCard({ project }: { project: PublicProject }) {
  const { t, lang } = useI18n();
  const titleId = `public-project-${project.code}`;
  return (
    <article className="public-project" aria-labelledby={titleId} data-testid={`public-project-${project.code}`}>
      <header className="public-project__header">
        <h2 className="public-project__title" id={titleId}>
          <span className="mono">{project.code}</span> {project.name}
        </h2>
        <dl className="public-project__facts">
          <div>
            <dt>{t('public.unit')}</dt>
            <dd data-testid="public-unit">{project.unitName}</dd>
          </div>
          <div>
            <dt>{t('public.budget')}</dt>
            <dd title={formatYuanExact(project.budget, lang)} data-testid="public-budget">
              {budgetText(project.budget, lang)}
            </dd>
          </div>
          <div>
            <dt>{t('public.targetsPublishedOn')}</dt>
            <dd>{project.targetsPublishedOn}</dd>
          </div>
        </dl>
      </header>
      <div className="public-project__body">
        <details className="public-project__targets">
          <summary>{t('public.targets', { count: project.indicators.length })}</summary>
          {project.indicators.length === 0 ? (
            <p className="muted">{t('public.noTargets')}</p>
          ) : (
            <table className="jx-table public-table">
              <thead>
                <tr>
                  <th scope="col" style={{ width: '22%' }}>
                    {t('public.level1')}
                  </th>
                  <th scope="col">{t('public.indicator')}</th>
                  <th scope="col" style={{ width: '30%' }}>
                    {t('public.target')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {project.indicators.map((i, n) => (
                  <tr key={n}>
                    <td>{level1Label(i.level1, lang)}</td>
                    <td>{i.name}</td>
                    <td>{targetText(i)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
        <section className="public-project__evaluations" aria-label={t('public.evaluations')}>
          <h3>{t('public.evaluations')}</h3>
          {project.evaluations.length === 0 ? (
            <p className="muted" data-testid="public-no-evaluation">
              {t('public.noEvaluations')}
            </p>
          ) : (
            <table className="jx-table public-table" data-testid="public-evaluations">
              <thead>
                <tr>
                  <th scope="col">{t('public.evaluationKind')}</th>
                  <th scope="col" className="public-table__num">
                    {t('public.score')}
                  </th>
                  <th scope="col">{t('public.grade')}</th>
                  <th scope="col">{t('public.publishedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {project.evaluations.map((e, n) => (
                  <tr key={n}>
                    <td>{evaluationKindLabel(e.kind, lang)}</td>
                    <td className="public-table__num">{scoreText(e.score)}</td>
                    <td>{gradeLabel(e.grade, lang)}</td>
                    <td>{e.publishedOn}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </article>
  );
}

// The years come from the server (publicDisclosureYears, no login): those with anything published.
function Disclosures() {
  const { data, error } = useQuery(PUBLIC_DISCLOSURE_YEARS);
  if (!data && !error) return <main className="page public__main" id="main" aria-busy="true" />;
  const published = data?.publicDisclosureYears ?? [];
  // Nothing published yet: the page opens on the current year, empty.
  return <DisclosureList published={published.length ? published : [new Date().getFullYear()]} />;
}

function DisclosureList({ published }: { published: readonly number[] }) {
  const { t, lang } = useI18n();
  const [params, update] = useQueryParams();
  const years = disclosureYears(published);
  const year = pickYear(params.get('year'), years);
  const search = params.get('q') ?? '';
  const withEvaluations = params.get('evaluated') === '1';
  const county = params.get('county');
  const regionCode = county && /^[0-9]{6,12}$/.test(county) ? county : null;
  // The county's name and its summary, before the cards (the first county with anything published by default).
  const summary = useQuery(PUBLIC_SUMMARY, { variables: { year, regionCode } });
  const place = summary.data?.publicSummary.county;
  // The search box answers as one types; the address (and the query) follow after a pause.
  const [searchText, setSearchText] = useDebouncedParam(search, (text) =>
    update({ q: text.trim() || null }, { replace: true }),
  );
  const pages = useCursorPages(
    PUBLIC_DISCLOSURES,
    { year, regionCode: place?.code ?? regionCode, search: search || null, withEvaluations: withEvaluations || null },
    connection,
    PAGE_SIZE,
  );
  return (
    <main className="page public__main" id="main">
      <PageHeading
        title={
          <span data-testid="public-title">
            {t('public.title', { year, county: place ? placeName(place, lang) : '' })}
          </span>
        }
        subtitle={place?.bureauName ? `${place.bureauName} · ${t('public.subtitle')}` : t('public.subtitle')}
      >
        <YearPicker year={year} years={years} onChange={(y) => update({ year: y === years[0] ? null : y })} />
      </PageHeading>
      <p className="public__notice">{t('public.notice')}</p>
      {summary.data && <PublicSummary summary={summary.data.publicSummary} />}
      {summary.error && (
        <p className="notice" role="alert">
          {t('public.summaryFailed')}
        </p>
      )}
      <div className="public__filters" role="search">
        <label className="field field--inline">
          <span>{t('public.search')}</span>
          <input
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            placeholder={t('public.searchHint')}
            data-testid="public-search"
          />
        </label>
        <label className="public__check">
          <input
            type="checkbox"
            checked={withEvaluations}
            onChange={(e) => update({ evaluated: e.target.checked ? '1' : null })}
            data-testid="public-evaluated"
          />
          <span>{t('public.onlyEvaluated')}</span>
        </label>
      </div>
      <Panel
        title={t('public.listLabel')}
        subtitle={
          pages.status === 'ready' ? t('public.results', { year, count: formatCount(pages.totalCount) }) : undefined
        }
        status={pages.status === 'ready' ? (pages.totalCount ? 'ready' : 'empty') : pages.status}
        errorText={pages.errorText}
        onRetry={pages.retry}
        retryLabel={t('common.retry')}
        emptyText={t('public.empty', { year })}
        minHeight={240}
        testId="public-disclosures"
      >
        <div className="public__list" data-testid="public-list">
          {pages.nodes.map((p) => (
            <ProjectCard key={p.id} project={p} />
          ))}
        </div>
        <CursorPager pages={pages} pageSize={PAGE_SIZE} onTurn={() => window.scrollTo(0, 0)} />
      </Panel>
    </main>
  );
}

/**
 * 信息公开: what the county discloses, for anyone, with no login. It has its own API client without the
 * session, so a visitor's browser never sends a token or a cookie with these questions.
 */
export default function PublicDisclosurePage() {
  const { t } = useI18n();
  const [client] = useState(createPublicClient);
  return (
    <ApolloProvider client={client}>
      <div className="app public" data-testid="public-page">
        <a className="skip-link" href="#main">
          {t('app.skip')}
        </a>
        <header className="app-header">
          <Link to="/public" className="app-header__brand">
            <span className="brand-mark" aria-hidden="true">
              绩
            </span>
            <span className="app-header__title">{t('public.bar')}</span>
          </Link>
          <div className="public__spacer" />
          <div className="app-header__actions">
            <LanguageSwitch />
            <Link to="/" className="button button--small" data-testid="public-login">
              {t('public.staffLogin')}
            </Link>
          </div>
        </header>
        <Disclosures />
      </div>
    </ApolloProvider>
  );
}
