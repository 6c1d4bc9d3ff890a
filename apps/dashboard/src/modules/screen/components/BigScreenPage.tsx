import { useEffect, useMemo, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { formatDate } from '@jixiao/ui/format';
import { useI18n } from '../../../app/i18n/i18n';
import { LanguageSwitch } from '../../../app/shell/LanguageSwitch';
import { ThemeSwitch } from '../../../app/theme/theme';
import { withQuery } from '../../../app/router/routes';
import { Link, useQueryParams } from '../../../app/router/router';
import {
  AgencyRatingsChart,
  ExecutionByFundFamilyChart,
  ExecutionByGroupChart,
  ExecutionCheckpointsChart,
  FlagsOverCheckpointsChart,
  GradeDistributionChart,
  KpiRow,
} from '../../overview';
import { useYear } from '../../../app/analytics/use-dashboard-url';
import { NO_FILTER, scopeOf } from '../../../app/analytics/cross-filter';
import { createRefreshTimer, parseRefresh, REFRESH_CHOICES } from '../refresh-timer';

const SCOPE = scopeOf(NO_FILTER, { level: 'county' });

function useClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** The cockpit for a 1920×1080 wall: no navigation, larger figures, figures refreshed on a timer. */
export default function BigScreenPage() {
  const { t } = useI18n();
  const client = useApolloClient();
  const [params, update] = useQueryParams();
  const [year] = useYear();
  const refresh = parseRefresh(params.get('refresh'));
  const [refreshedAt, setRefreshedAt] = useState(() => new Date());
  const now = useClock();

  useEffect(() => {
    document.documentElement.classList.add('is-screen');
    return () => document.documentElement.classList.remove('is-screen');
  }, []);

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

  const time = useMemo(() => `${formatDate(now)} ${now.toTimeString().slice(0, 8)}`, [now]);
  return (
    <main className="screen" id="main" data-testid="big-screen">
      <header className="screen__bar">
        <div className="screen__title">
          <span className="brand-mark" aria-hidden="true">
            绩
          </span>
          <h1>{t('screen.title', { year })}</h1>
        </div>
        <div className="screen__meta">
          <span className="screen__clock" aria-label={t('screen.clock')}>
            {time}
          </span>
          <span className="muted">{t('screen.refreshedAt', { time: refreshedAt.toTimeString().slice(0, 8) })}</span>
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
          <ThemeSwitch />
          <Link to={withQuery('/overview', { year })} className="button button--small">
            {t('screen.exit')}
          </Link>
        </div>
      </header>
      <KpiRow year={year} scope={SCOPE} />
      <div className="screen__grid">
        <ExecutionCheckpointsChart year={year} scope={SCOPE} height={310} />
        <ExecutionByFundFamilyChart year={year} scope={SCOPE} height={310} />
        <ExecutionByGroupChart dimension="SECTION" year={year} scope={SCOPE} height={310} />
        <FlagsOverCheckpointsChart year={year} scope={SCOPE} height={310} />
        <GradeDistributionChart year={year} scope={SCOPE} height={310} />
        <AgencyRatingsChart year={year} height={310} />
      </div>
    </main>
  );
}
