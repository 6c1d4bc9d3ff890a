import type { AgencyRating, Grade } from '@jixiao/schema/enums';

// Colours of the overview charts; the same meaning keeps the same colour across panels.
export const PALETTE = {
  primary: '#1f5fbf',
  elapsed: '#7b8794',
  belowElapsed: '#e08a00',
  text: '#1f2933',
  muted: '#66727f',
  grid: '#e3e7ee',
} as const;

export const GRADE_COLORS: Record<Grade, string> = {
  EXCELLENT: '#1f9d6b',
  GOOD: '#4f8fe6',
  MEDIUM: '#f0a020',
  POOR: '#cf3a3a',
};

export const RATING_COLORS: Record<AgencyRating, string> = {
  A: '#1f9d6b',
  B: '#4f8fe6',
  C: '#f0a020',
  D: '#cf3a3a',
};
