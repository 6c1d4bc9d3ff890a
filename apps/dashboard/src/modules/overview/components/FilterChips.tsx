import { FUND_FAMILY_LABELS, GRADE_LABELS } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import { Link } from '../../../app/router/router';
import { hasFilter, NO_FILTER, type CrossFilter } from '../../../app/analytics/cross-filter';

export interface FilterChipsProps {
  year: number;
  filter: CrossFilter;
  onChange: (next: CrossFilter) => void;
  /** Name of the section filtered by (from `sections`). */
  sectionName?: string | null;
  /** Where drilling into the filtered section leads; absent when drilling is not offered. */
  drillTo?: string | null;
}

/** The cross-filter as chips: each says what narrows the panels and clears it; one clears them all. */
export function FilterChips({ year, filter, onChange, sectionName, drillTo }: FilterChipsProps) {
  const { t, lang } = useI18n();
  if (!hasFilter(filter)) {
    return (
      <p className="filter-chips filter-chips--hint" data-testid="filter-hint">
        {t('filter.hint')}
      </p>
    );
  }
  return (
    <div className="filter-chips" role="group" aria-label={t('filter.label')} data-testid="filter-chips">
      <span className="filter-chips__label">{t('filter.label')}</span>
      {filter.fundFamily && (
        <button
          type="button"
          className="chip chip--filter"
          onClick={() => onChange({ ...filter, fundFamily: null })}
          data-testid="chip-fund-family"
          aria-label={t('filter.clearOne', { what: FUND_FAMILY_LABELS[filter.fundFamily][lang] })}
        >
          {t('filter.fundFamily', { name: FUND_FAMILY_LABELS[filter.fundFamily][lang] })}
          <span aria-hidden="true" className="chip__x">
            ×
          </span>
        </button>
      )}
      {filter.section && (
        <span className="chip-group">
          <button
            type="button"
            className="chip chip--filter"
            onClick={() => onChange({ ...filter, section: null })}
            data-testid="chip-section"
            aria-label={t('filter.clearOne', { what: sectionName ?? '' })}
          >
            {t('filter.section', { name: sectionName ?? '…' })}
            <span aria-hidden="true" className="chip__x">
              ×
            </span>
          </button>
          {drillTo && (
            <Link to={drillTo} className="chip chip--action" data-testid="drill-section">
              {t('filter.drill')}
            </Link>
          )}
        </span>
      )}
      {filter.grade && (
        <button
          type="button"
          className="chip chip--filter"
          onClick={() => onChange({ ...filter, grade: null })}
          data-testid="chip-grade"
          aria-label={t('filter.clearOne', { what: GRADE_LABELS[filter.grade][lang] })}
        >
          {t('filter.grade', { grade: GRADE_LABELS[filter.grade][lang], year: year - 1, evaluatedIn: year })}
          <span aria-hidden="true" className="chip__x">
            ×
          </span>
        </button>
      )}
      <button type="button" className="chip chip--clear" onClick={() => onChange(NO_FILTER)} data-testid="chip-clear">
        {t('filter.clearAll')}
      </button>
    </div>
  );
}
