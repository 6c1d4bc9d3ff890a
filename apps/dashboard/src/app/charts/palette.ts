import type { AgencyRating, FlagLevel, Grade } from '@jixiao/schema/enums';
import type { Theme } from '../theme/theme';

// Colours of the charts; the same meaning keeps the same colour across panels and views. Text and grid
// colours follow the theme, since the canvas does not read CSS.

export interface ChartPalette {
  primary: string;
  /** The year before, drawn beside the year shown. */
  previous: string;
  elapsed: string;
  belowElapsed: string;
  text: string;
  muted: string;
  grid: string;
  /** The page surface: the background of exported images. */
  surface: string;
  selected: string;
  closed: string;
}

const LIGHT: ChartPalette = {
  primary: '#1f5fbf',
  previous: '#a9bfdf',
  elapsed: '#7b8794',
  belowElapsed: '#e08a00',
  text: '#1f2933',
  muted: '#66727f',
  grid: '#e3e7ee',
  surface: '#ffffff',
  selected: '#0b3d91',
  closed: '#1f9d6b',
};

const DARK: ChartPalette = {
  primary: '#5b9cf5',
  previous: '#3d5a80',
  elapsed: '#9aa7b8',
  belowElapsed: '#f0b042',
  text: '#e4e9f0',
  muted: '#9aa7b8',
  grid: '#2a3749',
  surface: '#172131',
  selected: '#bcd6ff',
  closed: '#3fc08d',
};

export function chartPalette(theme: Theme): ChartPalette {
  return theme === 'dark' ? DARK : LIGHT;
}

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

export const FLAG_COLORS: Record<FlagLevel, string> = {
  YELLOW: '#e0a800',
  RED: '#cf3a3a',
};

/** The four components of an agency's rating, in the order of the rules. */
export const RATING_COMPONENT_COLORS = {
  quantity: '#4f8fe6',
  quality: '#1f5fbf',
  effect: '#38a3a5',
  satisfaction: '#8c6bd1',
} as const;
