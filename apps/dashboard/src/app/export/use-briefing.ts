import { formatDate } from '@jixiao/ui/format';
import { scopeOf } from '../analytics/cross-filter';
import { useDashboardUrl } from '../analytics/use-dashboard-url';
import { useI18n } from '../i18n/i18n';
import { useLocation } from '../router/router';
import { parseRoute, type DrillLevel } from '../router/routes';
import { usePlaceName } from '../../modules/counties';

/**
 * The line every briefing picture carries: the place shown, the view's year and the date of its figures
 * (they are read live from the server, so the day of the export, in the county's time). The place is the
 * county picked or, with none picked, the county of a section or unit named with its county (652823.sec-jkw),
 * whose figures the page then shows.
 */
export function useBriefingLine(): { place: string; year: number; line: string } {
  const { t } = useI18n();
  const { year, county, filter } = useDashboardUrl();
  const route = parseRoute(useLocation().pathname);
  const drill: DrillLevel = route.view === 'overview' || route.view === 'portfolio' ? route.drill : { level: 'county' };
  const place = usePlaceName(scopeOf(filter, drill, county).regionCode ?? null).name;
  return { place, year, line: t('briefing.line', { place, year, asOf: formatDate(new Date()) }) };
}
