import { useQuery } from '@apollo/client/react';
import { parseCounty } from '../../app/analytics/cross-filter';
import { useI18n } from '../../app/i18n/i18n';
import { placeName } from '../../app/i18n/translate';
import { useQueryParams } from '../../app/router/router';
import { COUNTIES } from './counties.graphql';

/**
 * The county an upper level picked (?county=652823) and its name in the reader's language, so a page opened
 * from a county's figures says which county it shows; null when none is picked.
 */
export function usePickedCounty(): { code: string; name: string | null } | null {
  const { lang } = useI18n();
  const [params] = useQueryParams();
  const code = parseCounty(params.get('county'));
  const { data } = useQuery(COUNTIES, { skip: code === null });
  if (!code) return null;
  const county = data?.counties.find((c) => c.code === code);
  return { code, name: county ? placeName(county, lang) : null };
}
