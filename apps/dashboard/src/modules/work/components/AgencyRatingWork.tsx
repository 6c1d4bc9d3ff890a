import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { formatDecimal } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useI18n } from '../../../app/i18n/i18n';
import type { AgencyRatingWorkQuery } from '../../../generated/graphql';
import { AGENCY_RATING_WORK, COMPUTE_AGENCY_RATINGS, PUBLISH_AGENCY_RATINGS } from '../graphql/agency-rating.graphql';
import { useWorkAction } from '../hooks/useWorkAction';
import {
  computeVariables,
  initialSatisfaction,
  placeMessages,
  ratingRules,
  ratingYearState,
  satisfactionChanged,
  type RatingYearState,
  type SatisfactionDraft,
} from '../rating-form';
import { FailureBanner } from './FormPieces';

type Agency = AgencyRatingWorkQuery['agencies'][number];
type Rating = AgencyRatingWorkQuery['agencyRatings'][number];
type Row = Agency & { figures: Rating | undefined };

const score = (value: number | undefined) => (value === undefined ? '—' : formatDecimal(value, 2));

function StateBadge({ state, year }: { state: RatingYearState; year: number }) {
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

function RatingBadge({ rating, testId }: { rating: string | undefined; testId: string }) {
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

/**
 * The year's ratings of every agency: the satisfaction typed per agency, computed by the server with the
 * components from the agencies' work, then published (after which nothing can change).
 */
function RatingForm({
  year,
  agencies,
  ratings,
  state,
}: {
  year: number;
  agencies: readonly Agency[];
  ratings: readonly Rating[];
  state: RatingYearState;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<SatisfactionDraft>(() => initialSatisfaction(agencies, ratings));
  const [confirming, setConfirming] = useState(false);
  const action = useWorkAction();
  const failure = action.failure;
  const placed = placeMessages(failure?.fields ?? {}, agencies);
  // A message the server could not tie to one agency (e.g. an input it rejected as a whole).
  const formMessages = Object.values(placed.other).map((text) => text || failure?.message || '');
  const published = state === 'published';
  // Publishing publishes what was computed: a score retyped since must be computed first.
  const changed = !published && state === 'computed' && satisfactionChanged(agencies, draft, ratings);
  const byAgency = new Map(ratings.map((r) => [r.agencyId, r]));
  const rows: Row[] = agencies.map((a) => ({ ...a, figures: byAgency.get(a.id) }));

  const compute = async (event: FormEvent) => {
    event.preventDefault();
    setConfirming(false);
    const built = computeVariables(year, agencies, draft, lang);
    if (!built.variables) {
      action.reject(built.fields);
      return;
    }
    const variables = built.variables;
    await action.run(
      () => action.client.mutate({ mutation: COMPUTE_AGENCY_RATINGS, variables }),
      (r) => t('ratings.computed', { count: r.data?.computeAgencyRatings ?? 0, year }),
    );
  };
  const publish = async () => {
    const done = await action.run(
      () => action.client.mutate({ mutation: PUBLISH_AGENCY_RATINGS, variables: { year } }),
      (r) => t('ratings.published', { count: r.data?.publishAgencyRatings ?? 0, year }),
    );
    if (done) setConfirming(false);
  };

  return (
    <form className="work-form" onSubmit={(e) => void compute(e)} noValidate data-testid="ratings-form">
      <FailureBanner failure={failure} onReload={() => void action.reload()}>
        {formMessages.length > 0 && (
          <ul data-testid="ratings-form-errors">
            {formMessages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        )}
      </FailureBanner>
      <p className="work-hint">{published ? t('ratings.publishedNote', { year }) : t('ratings.satisfactionHint')}</p>
      <DataTable
        caption={t('ratings.title', { year })}
        rows={rows}
        rowKey={(r) => r.id}
        status={rows.length ? 'ready' : 'empty'}
        emptyText={t('ratings.empty')}
        testId="ratings-table"
        columns={[
          { key: 'agency', header: t('ratings.agency'), cell: (r) => <span title={r.name}>{r.name}</span> },
          {
            key: 'satisfaction',
            header: t('ratings.satisfaction'),
            width: '180px',
            cell: (r) => {
              const message = placed.byAgency[r.id];
              const errorId = `ratings-err-${r.code}`;
              return published ? (
                <span data-testid={`ratings-satisfaction-${r.code}`}>{score(r.figures?.satisfaction)}</span>
              ) : (
                <label className="field">
                  <span className="jx-visually-hidden">{t('ratings.satisfactionOf', { agency: r.name })}</span>
                  <input
                    name={`satisfaction-${r.code}`}
                    inputMode="decimal"
                    autoComplete="off"
                    value={draft[r.id] ?? ''}
                    onChange={(e) => setDraft((d) => ({ ...d, [r.id]: e.target.value }))}
                    aria-invalid={message ? true : undefined}
                    aria-describedby={message ? errorId : undefined}
                    data-testid={`ratings-satisfaction-${r.code}`}
                  />
                  {message && (
                    <span
                      className="field-error"
                      id={errorId}
                      role="alert"
                      style={{ whiteSpace: 'normal' }}
                      data-testid={`ratings-error-${r.code}`}
                    >
                      {message}
                    </span>
                  )}
                </label>
              );
            },
          },
          {
            key: 'quantity',
            header: t('ratings.quantity'),
            width: '84px',
            align: 'right',
            cell: (r) => score(r.figures?.quantity),
          },
          {
            key: 'quality',
            header: t('ratings.quality'),
            width: '84px',
            align: 'right',
            cell: (r) => score(r.figures?.quality),
          },
          {
            key: 'effect',
            header: t('ratings.effect'),
            width: '84px',
            align: 'right',
            cell: (r) => score(r.figures?.effect),
          },
          {
            key: 'score',
            header: t('ratings.score'),
            width: '90px',
            align: 'right',
            cell: (r) => <span data-testid={`ratings-score-${r.code}`}>{score(r.figures?.score)}</span>,
          },
          {
            key: 'rating',
            header: t('ratings.rating'),
            width: '110px',
            align: 'center',
            cell: (r) => <RatingBadge rating={r.figures?.rating} testId={`ratings-rating-${r.code}`} />,
          },
        ]}
      />
      {!published && (
        <div className="work-form__actions">
          <button type="submit" className="button button--primary" disabled={action.busy} data-testid="ratings-compute">
            {action.busy ? t('work.busy') : state === 'none' ? t('ratings.compute') : t('ratings.recompute')}
          </button>
          {state === 'computed' && !confirming && (
            <button
              type="button"
              className="button"
              disabled={action.busy || changed}
              onClick={() => setConfirming(true)}
              aria-describedby={changed ? 'ratings-changed' : undefined}
              data-testid="ratings-publish"
            >
              {t('ratings.publish')}
            </button>
          )}
          {changed && (
            <span className="work-hint" id="ratings-changed" data-testid="ratings-changed">
              {t('ratings.changed')}
            </span>
          )}
        </div>
      )}
      {!published && confirming && !changed && (
        <div
          className="work-note"
          role="alertdialog"
          aria-labelledby="ratings-confirm-text"
          data-testid="ratings-publish-confirm"
        >
          <span id="ratings-confirm-text">{t('ratings.publishConfirm', { year, count: ratings.length })}</span>
          <div className="work-form__actions">
            <button
              type="button"
              className="button button--primary"
              autoFocus
              disabled={action.busy}
              onClick={() => void publish()}
              data-testid="ratings-publish-yes"
            >
              {action.busy ? t('work.busy') : t('ratings.publishYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('work.cancel')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}

/** The performance section's tab: rate the agencies of a year and publish the ratings. */
export function AgencyRatingPanel({ year }: { year: number }) {
  const { t, lang } = useI18n();
  const { data, error, refetch } = useQuery(AGENCY_RATING_WORK, { variables: { year } });
  const agencies = data?.agencies ?? [];
  const { state } = ratingYearState(agencies, year);
  const rules = ratingRules(data?.ruleSet.rules);
  return (
    <Panel
      title={t('ratings.title', { year })}
      subtitle={t('ratings.subtitle')}
      status={data ? (agencies.length ? 'ready' : 'empty') : error ? 'error' : 'loading'}
      errorText={error ? errorMessage(error, t, lang) : undefined}
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
