import { en, zh, type MessageKey, type Messages } from './messages';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const DEFAULT_LANG: Lang = 'zh';

export type MessageParams = Record<string, string | number>;
/** Looks a key up in the current language and fills its {placeholders}. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const DICTIONARIES: Record<Lang, Messages> = { zh, en };

const MONTH_NAMES_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function createTranslator(lang: Lang): Translate {
  const messages = DICTIONARIES[lang];
  return (key, params) => {
    const template = messages[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** "8月底" / "end of August": the name of a monitoring checkpoint. */
export function checkpointName(t: Translate, month: number): string {
  return t('common.checkpoint', { month, monthName: MONTH_NAMES_EN[month - 1] ?? String(month) });
}

/** "8月" / "Aug": a month on an axis. */
export function monthShortName(t: Translate, month: number): string {
  return t('chart.checkpoints.month', { month, monthShort: MONTH_NAMES_EN[month - 1]?.slice(0, 3) ?? String(month) });
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/**
 * Server messages are written "中文 / English": the half in the reader's language. Messages without
 * the separator are returned as they are.
 */
export function pickServerMessage(message: string, lang: Lang): string {
  const [zh, en] = splitBilingual(message);
  if (en === null) return message;
  return lang === 'zh' ? zh : en;
}

/**
 * "中文 / English" into its halves: the separator is the first " / " or "）/ " before Latin text, so a
 * slash inside the Chinese half stays. The English half is null when there is none.
 */
export function splitBilingual(message: string): [string, string | null] {
  const m = /\s?\/ (?=[A-Za-z])/.exec(message);
  if (!m) return [message, null];
  return [message.slice(0, m.index).trim(), message.slice(m.index + m[0].length).trim()];
}

/** The reader's half of a bilingual server text. */
export function bilingual(message: string, lang: Lang): string {
  const [zh, en] = splitBilingual(message);
  return lang === 'zh' || en === null ? zh : en;
}

/**
 * A place's name in the reader's language: the English name where the server knows one (尉犁县 → Yuli County),
 * the Chinese name otherwise (never a made-up translation).
 */
export function placeName(place: { name: string; nameEn?: string | null }, lang: Lang): string {
  return lang === 'en' && place.nameEn ? place.nameEn : place.name;
}
