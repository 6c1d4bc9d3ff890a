import { useState, type FormEvent } from 'react';
import { DataTable } from '@jixiao/ui/data-table';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, useWorkAction } from '../../work';
import { COMPUTE_AGENCY_RATINGS, PUBLISH_AGENCY_RATINGS } from '../graphql/agency-rating.graphql';
import {
  computeVariables,
  initialSatisfaction,
  placeMessages,
  satisfactionChanged,
  type RatingYearState,
  type SatisfactionDraft,
} from '../rating-form';
import { RatingBadge, score, type Agency, type Rating, type Row } from './RatingBadges';

/**
 * The year's ratings of every agency: the satisfaction typed per agency, computed by the server with the
 * components from the agencies' work, then published (after which nothing can change).
 */
export function RatingForm({
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
            key: 'checks',
            header: t('ratings.checks'),
            width: '84px',
            align: 'right',
            cell: (r) =>
              r.figures ? (
                <span
                  data-testid={`ratings-checks-${r.code}`}
                  title={t('ratings.checksTitle', { deduction: score(r.figures.checkDeduction) })}
                >
                  {r.figures.checks}
                  {r.figures.checkDeduction > 0 && ` (−${score(r.figures.checkDeduction)})`}
                </span>
              ) : (
                '—'
              ),
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
