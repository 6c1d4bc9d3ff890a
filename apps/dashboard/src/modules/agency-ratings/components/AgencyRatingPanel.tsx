import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import { usePanelStatus } from '../../work';
import { AGENCY_RATING_WORK } from '../graphql/agency-rating.graphql';
import { ratingRules, ratingYearState } from '../rating-form';
import { RatingForm } from './RatingForm';
import { StateBadge } from './RatingBadges';

/** The performance section's tab: rate the agencies of a year and publish the ratings. */
export function AgencyRatingPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(AGENCY_RATING_WORK, { variables: { year } });
  const agencies = data?.agencies ?? [];
  const { state } = ratingYearState(agencies, year);
  const rules = ratingRules(data?.ruleSet.rules);
  return (
    <Panel
      title={t('ratings.title', { year })}
      subtitle={t('ratings.subtitle')}
      {...usePanelStatus(data, error, agencies.length === 0)}
      onRetry={() => void refetch().catch(() => undefined)}
      retryLabel={t('common.retry')}
      emptyText={t('ratings.empty')}
      actions={data && agencies.length > 0 ? <StateBadge state={state} year={year} /> : undefined}
      minHeight={200}
      testId="panel-agency-ratings"
    >
      {data && (
        <>
          <p className="work-hint" data-testid="ratings-rules">
            {t('ratings.rules', { ...rules.weights, ...rules.bands })}
          </p>
          <p className="work-hint">{t('ratings.howComputed')}</p>
          {/* A fresh form per year, started from what was entered for it. */}
          <RatingForm key={year} year={year} agencies={agencies} ratings={data.agencyRatings} state={state} />
        </>
      )}
    </Panel>
  );
}
