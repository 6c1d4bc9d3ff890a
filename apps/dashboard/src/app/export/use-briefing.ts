import { formatDate } from '@jixiao/ui/format';
import { useDashboardUrl } from '../analytics/use-dashboard-url';
import { useI18n } from '../i18n/i18n';
import { usePlaceName } from '../../modules/counties';

/**
 * The line every briefing picture carries: the place shown, the view's year and the date of its figures
 * (they are read live from the server, so the day of the export, in the county's time).
 */
export function useBriefingLine(): { place: string; year: number; line: string } {
  const { t } = useI18n();
  const { year, county } = useDashboardUrl();
  const place = usePlaceName(county).name;
  return { place, year, line: t('briefing.line', { place, year, asOf: formatDate(new Date()) }) };
}
