import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n/i18n';
import { useQueryParams } from '../../../app/router/router';
import { useYears } from '../../../app/analytics/years';
import { graphql } from '../../../generated';

// Issue 15 §3: the county ledger filters by budget year, section and unit, in the address (?year, ?section,
// ?unit: the names the cockpit and the project list use), so a filtered ledger can be shared.

export const LEDGER_OPTIONS = graphql(`
  query LedgerOptions($sectionId: ID) {
    sections {
      id
      name
      kind
    }
    units(first: 100, filter: { sectionId: $sectionId }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export interface LedgerScope {
  year: number | null;
  sectionId: string | null;
  unitId: string | null;
}

const ID = /^[A-Za-z0-9_-]{1,80}$/;

/** The ledger's year, section and unit from the address; a year the server does not know is no filter. */
export function useLedgerScope(): LedgerScope {
  const [params] = useQueryParams();
  const { years } = useYears();
  const year = Number(params.get('year'));
  const section = params.get('section');
  const unit = params.get('unit');
  return {
    year: years.includes(year) ? year : null,
    sectionId: section && ID.test(section) ? section : null,
    unitId: unit && ID.test(unit) ? unit : null,
  };
}

export function LedgerPickers({ scope }: { scope: LedgerScope }) {
  const { t } = useI18n();
  const [, update] = useQueryParams();
  const { years } = useYears();
  const options = useQuery(LEDGER_OPTIONS, { variables: { sectionId: scope.sectionId } });
  const sections = (options.data?.sections ?? []).filter((s) => s.kind === 'BUSINESS');
  const units = options.data?.units.edges.map((e) => e.node) ?? [];
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
          value={scope.sectionId ?? ''}
          // A unit belongs to one section: choosing another section clears it.
          onChange={(e) => update({ section: e.target.value || null, unit: null })}
          data-testid="ledger-section"
        >
          <option value="">{t('projects.all')}</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--inline">
        <span>{t('projects.col.unit')}</span>
        <select
          value={scope.unitId ?? ''}
          onChange={(e) => update({ unit: e.target.value || null })}
          data-testid="ledger-unit"
        >
          <option value="">{t('projects.all')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
