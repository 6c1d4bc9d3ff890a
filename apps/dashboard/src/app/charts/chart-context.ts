import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';
import { createTranslator, type Lang, type Translate } from '../i18n/translate';
import { useTheme, type Theme } from '../theme/theme';
import { chartPalette, type ChartPalette } from './palette';

/** What a transform needs besides the data: the reader's language and the theme's colours. */
export interface ChartContext {
  t: Translate;
  lang: Lang;
  palette: ChartPalette;
}

export function useChartContext(): ChartContext & { theme: Theme } {
  const { t, lang } = useI18n();
  const { theme } = useTheme();
  return useMemo(() => ({ t, lang, theme, palette: chartPalette(theme) }), [t, lang, theme]);
}

/** A context for transform tests. */
export function testChartContext(lang: Lang = 'zh', theme: Theme = 'light'): ChartContext {
  return { t: createTranslator(lang), lang, palette: chartPalette(theme) };
}
