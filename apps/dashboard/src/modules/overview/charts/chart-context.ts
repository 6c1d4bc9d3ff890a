import type { Lang, Translate } from '../../../app/i18n/translate';

/** What a transform needs besides the data: the reader's language. */
export interface ChartContext {
  t: Translate;
  lang: Lang;
}
