import type { MessageKey } from '../../../app/i18n/messages';

/** A page's notice, kept as words and values so it follows a change of language; or the server's text. */
export type Notice = { key: MessageKey; values: Record<string, string | number> } | { text: string };
