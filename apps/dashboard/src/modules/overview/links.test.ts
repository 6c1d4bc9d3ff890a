import { describe, expect, it } from 'vitest';
import { flagListPath, scopeListPath } from './links';

const scope = { fundFamily: 'GENERAL_PUBLIC' as const, sectionId: 'U2VjdGlvbjo0', unitId: null, grade: null };

describe('links of the cockpit', () => {
  it('carry the scope and the number’s own condition', () => {
    expect(flagListPath(2023, scope, 'OPEN_RED', 8)).toBe(
      '/projects?year=2023&ff=GENERAL_PUBLIC&section=U2VjdGlvbjo0&measure=OPEN_RED&fm=8',
    );
    expect(scopeListPath(2022, { ...scope, fundFamily: null, sectionId: null, grade: 'POOR' }, { ek: 'SELF' })).toBe(
      '/projects?year=2022&grade=POOR&ek=SELF',
    );
  });
});
