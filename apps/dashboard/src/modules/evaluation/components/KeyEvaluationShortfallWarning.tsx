import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n/i18n';
import { KEY_EVALUATION_SHORTFALL } from '../graphql/self-evaluation-queue.graphql';

/**
 * A warning when the county's key evaluations (财政重点评价) of a budget year are fewer than the rule set's minimum
 * (DOMAIN §4: at least 5): the server's `keyEvaluationShortfall`, nothing counted here.
 */
export function KeyEvaluationShortfallWarning({ year }: { year: number }) {
  const { t } = useI18n();
  const { data } = useQuery(KEY_EVALUATION_SHORTFALL, { fetchPolicy: 'cache-and-network' });
  const short = data?.years.years.find((y) => y.year === year)?.keyEvaluationShortfall;
  if (!short) return null;
  return (
    <p className="work-note" role="status" style={{ marginBottom: 12 }} data-testid="key-evaluation-shortfall">
      {t('keyeval.shortfall', { year, planned: short.planned, required: short.required })}
    </p>
  );
}
