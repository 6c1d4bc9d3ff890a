import { useLoadableQuery } from '../../app/apollo/use-loadable-query';
import { useI18n } from '../../app/i18n/i18n';
import { placeName } from '../../app/i18n/translate';
import type { CountiesQuery } from '../../generated/graphql';
import { useSession } from '../auth';
import { COUNTIES } from './counties.graphql';

const selectCounties = (d: CountiesQuery) => d.counties;

/**
 * The name of the place a view shows: the viewer's county, or for an upper level the county picked
 * (?county=…) or all of its counties. Titles, briefing papers and exports name it.
 */
export function usePlaceName(county: string | null) {
  const { t, lang } = useI18n();
  const { state } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const upper = me?.role === 'UPPER_LEVEL';
  const counties = useLoadableQuery(COUNTIES, {}, selectCounties, { skip: !upper }).state;
  const list = counties.status === 'ready' ? counties.data : [];
  const found = list.find((c) => c.code === county);
  const picked = found ? placeName(found, lang) : null;
  const region = me ? placeName({ name: me.regionName, nameEn: me.regionNameEn }, lang) : '';
  const name = upper ? (picked ?? t('county.subtitleAll', { region, count: list.length })) : region;
  return { name, picked, upper, counties: list };
}
