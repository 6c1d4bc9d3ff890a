import { useLoadableQuery } from '../../app/apollo/use-loadable-query';
import { useI18n } from '../../app/i18n/i18n';
import type { CountiesQuery } from '../../generated/graphql';
import { useSession } from '../auth';
import { COUNTIES } from './counties.graphql';

const selectCounties = (d: CountiesQuery) => d.counties;

/**
 * The name of the place a view shows: the viewer's county, or for an upper level the county picked
 * (?county=…) or all of its counties. Titles, briefing papers and exports name it.
 */
export function usePlaceName(county: string | null) {
  const { t } = useI18n();
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const upper = me?.role === 'UPPER_LEVEL';
  const counties = useLoadableQuery(COUNTIES, {}, selectCounties, { skip: !upper }).state;
  const list = counties.status === 'ready' ? counties.data : [];
  const picked = list.find((c) => c.code === county)?.name ?? null;
  const name = upper
    ? (picked ?? t('county.subtitleAll', { region: me?.regionName ?? '', count: list.length }))
    : (me?.regionName ?? '');
  return { name, picked, upper, counties: list };
}
