import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { idOrCode, parseRef, sameRef } from '../../../app/analytics/cross-filter';
import { useI18n } from '../../../app/i18n/i18n';
import { useQueryParams } from '../../../app/router/router';
import { useYears } from '../../../app/analytics/years';
import { graphql } from '../../../generated';

// Issue 15 §3: the county ledger filters by budget year, section and unit, in the address (?year, ?section,
// ?unit: the names the cockpit and the project list use, by code), so a filtered ledger can be shared.

export const LEDGER_OPTIONS = graphql(`
  query LedgerOptions($sectionId: ID, $sectionCode: String) {
    sections {
      id
      code
      name
      kind
    }
    units(first: 100, filter: { sectionId: $sectionId, sectionCode: $sectionCode }) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

export interface LedgerScope {
  year: number | null;
  /** The section's code (or an older address's global id). */
  section: string | null;
  /** The unit's code (or an older address's global id). */
  unit: string | null;
}

/** The ledger's year, section and unit from the address; a year the server does not know is no filter. */
export function useLedgerScope(): LedgerScope {
  const [params] = useQueryParams();
  const { years } = useYears();
  const year = Number(params.get('year'));
  const section = parseRef(params.get('section'));
  const unit = parseRef(params.get('unit'));
  // Memoised on the values: the ledger's filter follows this object.
  return useMemo(() => ({ year: years.includes(year) ? year : null, section, unit }), [years, year, section, unit]);
}

export function LedgerPickers({ scope }: { scope: LedgerScope }) {
  const { t } = useI18n();
  const [, update] = useQueryParams();
  const { years } = useYears();
  const sectionRef = idOrCode('Section', scope.section);
  const options = useQuery(LEDGER_OPTIONS, {
    variables: { sectionId: sectionRef.id, sectionCode: sectionRef.code },
  });
  const sections = (options.data?.sections ?? []).filter((s) => s.kind === 'BUSINESS');
  const units = options.data?.units.edges.map((e) => e.node) ?? [];
  // An older address's id selects its option too (the option's value is the code).
  const sectionValue = sections.find((s) => sameRef('Section', scope.section, s))?.code ?? '';
  const unitValue = units.find((u) => sameRef('Unit', scope.unit, u))?.code ?? '';
  return (
    <>
      <label className="field field--inline">
        <span>{t('common.year')}</span>
        <select
          value={scope.year ?? ''}
          onChange={(e) => update({ year: e.target.value || null })}
          data-testid="ledger-year"
        >
          <option value="">{t('flags.allYears')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {t('common.yearOption', { year: y })}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--inline">
        <span>{t('flags.col.section')}</span>
        <select
          value={sectionValue}
          // A unit belongs to one section: choosing another section clears it.
          onChange={(e) => update({ section: e.target.value || null, unit: null })}
          data-testid="ledger-section"
        >
          <option value="">{t('projects.all')}</option>
          {sections.map((s) => (
            <option key={s.id} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--inline">
        <span>{t('projects.col.unit')}</span>
        <select value={unitValue} onChange={(e) => update({ unit: e.target.value || null })} data-testid="ledger-unit">
          <option value="">{t('projects.all')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.code}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
