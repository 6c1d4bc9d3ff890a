import { formatDecimal } from '@jixiao/ui/format';
import { useI18n } from '../../../app/i18n/i18n';
import type { AgencyRatingWorkQuery } from '../../../generated/graphql';
import type { RatingYearState } from '../rating-form';

export type Agency = AgencyRatingWorkQuery['agencies'][number];
export type Rating = AgencyRatingWorkQuery['agencyRatings'][number];
export type Row = Agency & { figures: Rating | undefined };

export const score = (value: number | undefined) => (value === undefined ? '—' : formatDecimal(value, 2));

/** Where the year's ratings stand: not computed, computed, or published. */
export function StateBadge({ state, year }: { state: RatingYearState; year: number }) {
  const { t } = useI18n();
  const cls =
    state === 'published'
      ? 'badge--state-confirmed'
      : state === 'computed'
        ? 'badge--state-submitted'
        : 'badge--state-none';
  return (
    <span className={`badge ${cls}`} data-testid="ratings-state" data-state={state}>
      {state === 'none' ? t('ratings.state.none', { year }) : t(`ratings.state.${state}`)}
    </span>
  );
}

/** A rating A–D as a badge; a dash while the year is not computed. */
export function RatingBadge({ rating, testId }: { rating: string | undefined; testId: string }) {
  const { t } = useI18n();
  // The panel says the year is not computed yet; the cell keeps to a dash, its meaning in the title.
  if (!rating) {
    return (
      <span
        className="muted"
        title={t('ratings.notComputed')}
        aria-label={t('ratings.notComputed')}
        data-testid={testId}
      >
        —
      </span>
    );
  }
  return (
    <span className={`badge badge--rating-${rating.toLowerCase()}`} data-testid={testId} data-rating={rating}>
      {rating}
    </span>
  );
}
