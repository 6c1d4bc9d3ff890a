import { useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { formatDateTime } from '@jixiao/ui/format';
import { useI18n } from '../../../app/i18n/i18n';
import { LanguageSwitch } from '../../../app/shell/LanguageSwitch';
import { ForcedTheme } from '../../../app/theme/theme';
import { withQuery } from '../../../app/router/routes';
import { Link, useQueryParams } from '../../../app/router/router';
import { YearPicker } from '../../../app/components/YearPicker';
import {
  AgencyRatingsChart,
  ExecutionByFundFamilyChart,
  ExecutionByGroupChart,
  ExecutionCheckpointsChart,
  FlagsOverCheckpointsChart,
  GradeDistributionChart,
  KpiRow,
  OverdueRankingPanel,
} from '../../overview';
import { useDashboardUrl } from '../../../app/analytics/use-dashboard-url';
import { useYears } from '../../../app/analytics/years';
import { NO_FILTER, scopeOf, type Scope } from '../../../app/analytics/cross-filter';
import { usePlaceName } from '../../counties';
import { createRefreshTimer, parseRefresh, REFRESH_CHOICES } from '../refresh-timer';
import { INITIAL_ROTATION, parseRotate, rotate } from '../rotation';

/** The design canvas: laid out once at 1920×1080 and scaled to the screen it is shown on. */
export const STAGE = { width: 1920, height: 1080 } as const;
const SIDE_CHART = 272;
const CENTRE_CHART = 680;

/** The time in the county, ticking each second (its own component: the panels do not re-render with it). */
function Clock({ label }: { label: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  return (
    <span className="screen__clock" aria-label={label} data-testid="screen-clock">
      {formatDateTime(now)}
    </span>
  );
}

/** The stage's scale and offset so that it fills the window without clipping (letterboxed if needed). */
function useStageFit() {
  const measure = () => {
    const scale = Math.min(window.innerWidth / STAGE.width, window.innerHeight / STAGE.height);
    return {
      scale,
      left: Math.max(0, (window.innerWidth - STAGE.width * scale) / 2),
      top: Math.max(0, (window.innerHeight - STAGE.height * scale) / 2),
    };
  };
  const [fit, setFit] = useState(measure);
  useEffect(() => {
    const onResize = () => setFit(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return fit;
}

/** The side panels, a page at a time: left column and right column. */
function sidePages(year: number, scope: Scope): { key: string; left: ReactNode; right: ReactNode }[] {
  return [
    {
      key: 'execution',
      left: (
        <>
          <ExecutionCheckpointsChart year={year} scope={scope} height={SIDE_CHART} />
          <ExecutionByFundFamilyChart year={year} scope={scope} height={SIDE_CHART} />
        </>
      ),
      right: (
        <>
          <FlagsOverCheckpointsChart year={year} scope={scope} height={SIDE_CHART} />
          <GradeDistributionChart year={year} scope={scope} height={SIDE_CHART} />
        </>
      ),
    },
    {
      key: 'results',
      left: <OverdueRankingPanel year={year} scope={scope} />,
      right: <AgencyRatingsChart year={year} height={CENTRE_CHART - 40} />,
    },
  ];
}

/**
 * 大屏: the cockpit for a wall display, as county governments show theirs — dark, the county's name and the
 * time on top, the key figures, the sections ranked by execution in the centre, side panels turning over
 * every few seconds (held while pointed at), figures refreshed on a timer. Every figure is the server's.
 */
export default function BigScreenPage() {
  return (
    <ForcedTheme theme="dark">
      <BigScreen />
    </ForcedTheme>
  );
}

function BigScreen() {
  const { t } = useI18n();
  const client = useApolloClient();
  const [params, update] = useQueryParams();
  const { year, setYear, county } = useDashboardUrl();
  const { years } = useYears();
  const place = usePlaceName(county).name;
  const refresh = parseRefresh(params.get('refresh'));
  const rotateSeconds = parseRotate(params.get('rotate'));
  const [refreshedAt, setRefreshedAt] = useState(() => new Date());
  const fit = useStageFit();
  const scope = useMemo(() => scopeOf(NO_FILTER, { level: 'county' }, county), [county]);
  const pages = useMemo(() => sidePages(year, scope), [year, scope]);
  const [rotation, dispatch] = useReducer(rotate, INITIAL_ROTATION);

  useEffect(() => {
    document.documentElement.classList.add('is-screen');
    return () => document.documentElement.classList.remove('is-screen');
  }, []);

  useEffect(() => {
    if (rotateSeconds === 0) return undefined;
    const id = setInterval(() => dispatch({ type: 'tick', count: pages.length }), rotateSeconds * 1000);
    return () => clearInterval(id);
  }, [rotateSeconds, pages.length]);

  useEffect(() => {
    if (refresh === 0) return undefined;
    const timer = createRefreshTimer({
      intervalMs: refresh * 1000,
      isHidden: () => document.hidden,
      onRefresh: () => {
        void client.refetchQueries({ include: 'active' }).finally(() => setRefreshedAt(new Date()));
      },
    });
    const onVisibility = () => timer.visibilityChanged();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      timer.stop();
    };
  }, [refresh, client]);

  const page = pages[rotation.index] ?? pages[0]!;
  const hold = {
    onMouseEnter: () => dispatch({ type: 'pause' }),
    onMouseLeave: () => dispatch({ type: 'resume' }),
  };
  return (
    <main
      className="screen"
      id="main"
      data-testid="big-screen"
      data-rotation-index={rotation.index}
      data-rotation-paused={rotation.paused}
      data-scale={fit.scale.toFixed(4)}
    >
      <div
        className="screen__stage"
        data-testid="screen-stage"
        style={{
          width: STAGE.width,
          height: STAGE.height,
          transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})`,
        }}
      >
        <header className="screen__bar">
          <div className="screen__time">
            <Clock label={t('screen.clock')} />
            <span className="screen__refreshed">
              {t('screen.refreshedAt', { time: formatDateTime(refreshedAt).slice(11) })}
            </span>
          </div>
          <div className="screen__title">
            <h1 data-testid="screen-title">{t('screen.title', { county: place })}</h1>
            <p className="screen__subtitle" data-testid="screen-year">
              {t('screen.subtitle', { year })}
            </p>
          </div>
          <div className="screen__meta">
            <YearPicker year={year} years={years} onChange={setYear} />
            <label className="year-picker">
              <span>{t('screen.refresh')}</span>
              <select
                value={refresh}
                onChange={(e) => update({ refresh: e.target.value }, { replace: true })}
                data-testid="refresh-interval"
              >
                {REFRESH_CHOICES.map((s) => (
                  <option key={s} value={s}>
                    {s === 0
                      ? t('screen.refreshOff')
                      : s < 60
                        ? t('screen.seconds', { n: s })
                        : t('screen.minutes', { n: s / 60 })}
                  </option>
                ))}
              </select>
            </label>
            <LanguageSwitch />
            <Link to={withQuery('/overview', { year, county })} className="button button--small">
              {t('screen.exit')}
            </Link>
          </div>
        </header>
        <KpiRow year={year} scope={scope} />
        <div className="screen__main">
          <section
            className="screen__side"
            aria-label={t('screen.left')}
            data-testid="screen-left"
            data-page={page.key}
            {...hold}
          >
            {page.left}
          </section>
          <section className="screen__centre" aria-label={t('screen.centre')} data-testid="screen-centre">
            <ExecutionByGroupChart dimension="SECTION" year={year} scope={scope} height={CENTRE_CHART} />
          </section>
          <section
            className="screen__side"
            aria-label={t('screen.right')}
            data-testid="screen-right"
            data-page={page.key}
            {...hold}
          >
            {page.right}
          </section>
        </div>
        <nav className="screen__pages" aria-label={t('screen.pages')}>
          {pages.map((p, i) => (
            <button
              key={p.key}
              type="button"
              className="screen__dot"
              aria-pressed={i === rotation.index}
              aria-label={t(`screen.page.${p.key}` as 'screen.page.execution')}
              title={t(`screen.page.${p.key}` as 'screen.page.execution')}
              onClick={() => dispatch({ type: 'go', index: i, count: pages.length })}
              data-testid={`rotation-page-${i}`}
            />
          ))}
          <button
            type="button"
            className="button button--small screen__hold"
            aria-pressed={rotation.paused}
            onClick={() => dispatch({ type: rotation.paused ? 'resume' : 'pause' })}
            data-testid="rotation-pause"
          >
            {rotation.paused ? t('screen.resume') : t('screen.pause')}
          </button>
        </nav>
      </div>
    </main>
  );
}
