import { useQuery } from '@apollo/client/react';
import { formatRate } from '@jixiao/ui/format';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import { FieldError, type MutationFailure } from '../../work';
import { DEPARTMENT_EVALUATION_COVERAGE } from '../graphql/department-evaluation.graphql';

/** What the current pick covers of the unit's project budget, as the server works it out, against the rule. */
export function DepartmentCoverage({
  year,
  picked,
  minShare,
  failure,
}: {
  year: number;
  picked: string[];
  minShare: number;
  failure: MutationFailure | null;
}) {
  const { t, lang } = useI18n();
  const { data, previousData, error } = useQuery(DEPARTMENT_EVALUATION_COVERAGE, {
    variables: { year, projectIds: picked },
  });
  const c = (data ?? previousData)?.departmentEvaluationCoverage;
  const stale = !data;
  return (
    <section
      className="eval-result"
      aria-live="polite"
      aria-busy={stale}
      data-testid="dept-coverage"
      data-share={data ? c?.share : undefined}
      data-meets={data ? String(c?.meets) : undefined}
    >
      <h3 className="work-form__title">{t('dept.coverageTitle')}</h3>
      {error && !c ? (
        <p className="field-error">{errorMessage(error, t, lang)}</p>
      ) : (
        <dl className="flag-card__facts">
          <dt>{t('dept.selected')}</dt>
          <dd data-testid="dept-selected">
            {t('dept.selectedCount', { count: picked.length })} · <Money yuan={c?.selectedBudget} />
          </dd>
          <dt>{t('dept.unitBudget')}</dt>
          <dd>
            <Money yuan={c?.unitBudget} />
          </dd>
          <dt>{t('dept.share')}</dt>
          <dd>
            <strong data-testid="dept-share">{c ? formatRate(c.share) : '—'}</strong>
            <span className="muted">
              {' '}
              （{t('dept.minimum')} {t('dept.minimumValue', { share: formatRate(minShare) })}）
            </span>
          </dd>
          <dt />
          <dd data-testid="dept-meets">
            {stale ? (
              <span className="muted">{t('dept.coverageLoading')}</span>
            ) : c?.meets ? (
              <span className="badge badge--state-confirmed">{t('dept.meets')}</span>
            ) : (
              <span className="badge badge--state-draft">
                {t('dept.shortfall')} <Money yuan={c?.shortfall} />
              </span>
            )}
          </dd>
        </dl>
      )}
      <FieldError scope="dept" field="projectIds" failure={failure} />
      {Object.entries(failure?.fields ?? {})
        .filter(([field]) => field.startsWith('projectIds['))
        .map(([field, text]) => (
          <p key={field} className="field-error" role="alert">
            {text}
          </p>
        ))}
    </section>
  );
}
