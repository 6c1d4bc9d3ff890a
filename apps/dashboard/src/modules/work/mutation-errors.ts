import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { pickServerMessage, type Lang } from '../../app/i18n/translate';

/** What went wrong with a step of the work, as the form shows it. */
export type FailureKind =
  'CONFLICT' | 'INVALID_TRANSITION' | 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'NETWORK' | 'OTHER';

export interface MutationFailure {
  kind: FailureKind;
  /** The server's words in the reader's language (the first error). */
  message: string;
  /** Per field path (`executed`, `actuals[0].explanation`), the message to show next to the field. */
  fields: Record<string, string>;
}

export interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

const KINDS: readonly FailureKind[] = ['CONFLICT', 'INVALID_TRANSITION', 'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'];

/** `input.actuals[0].explanation` and `actuals[0].explanation` name the same form field. */
export function normaliseField(path: string): string {
  return path.replace(/^input\./, '');
}

/** The message of a one-field error without the field name the server puts in front ("executed：…"). */
function withoutFieldPrefix(text: string, field: string): string {
  for (const sep of ['：', ': ']) {
    if (text.startsWith(`${field}${sep}`)) return text.slice(field.length + sep.length).trim();
  }
  return text;
}

/**
 * The GraphQL errors of a failed mutation, mapped for the form: the kind (a conflict offers a reload),
 * and each bad field's message in the reader's language, from `extensions.fields: [{ field, zh, en }]`
 * or a single `extensions.field`.
 */
export function mapGraphQLErrors(errors: readonly GraphQLErrorLike[], lang: Lang): MutationFailure {
  const first = errors[0];
  const code = first?.extensions?.code;
  const kind: FailureKind = KINDS.find((k) => k === code) ?? 'OTHER';
  const fields: Record<string, string> = {};
  for (const e of errors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const list = e.extensions.fields;
    if (Array.isArray(list)) {
      for (const item of list as { field?: unknown; zh?: unknown; en?: unknown }[]) {
        if (typeof item?.field !== 'string') continue;
        const text = lang === 'zh' ? item.zh : item.en;
        fields[normaliseField(item.field)] = typeof text === 'string' ? text : String(item.zh ?? item.en ?? '');
      }
    } else if (typeof e.extensions.field === 'string') {
      const field = e.extensions.field;
      fields[normaliseField(field)] = withoutFieldPrefix(pickServerMessage(e.message, lang), field);
    }
  }
  return { kind, message: first ? pickServerMessage(first.message, lang) : '', fields };
}

/** Any error thrown by a mutation (GraphQL errors, or the network failing). */
export function mutationFailure(error: unknown, lang: Lang): MutationFailure {
  if (CombinedGraphQLErrors.is(error)) return mapGraphQLErrors(error.errors as readonly GraphQLErrorLike[], lang);
  if (error instanceof TypeError) return { kind: 'NETWORK', message: '', fields: {} };
  return { kind: 'OTHER', message: error instanceof Error ? error.message : String(error), fields: {} };
}
