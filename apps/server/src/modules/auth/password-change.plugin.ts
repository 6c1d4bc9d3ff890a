import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';

/** What a person holding a one-time password may do: change it, see who they are, leave. */
const ALLOWED_BEFORE_CHANGE = new Set(['changePassword', 'me', 'logout', '__typename']);

export const passwordChangeRequired = () =>
  new AppError(
    'PASSWORD_CHANGE_REQUIRED',
    '请先修改一次性密码（changePassword）',
    'Change your one-time password first (changePassword)',
    { http: { status: 403 } },
  );

/** The root fields an operation selects, through fragments. */
function rootFields(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): string[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, document, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    const fragment = document.definitions.find(
      (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
    );
    return fragment && fragment.kind === Kind.FRAGMENT_DEFINITION
      ? rootFields(fragment.selectionSet, document, seen)
      : [];
  });
}

/**
 * A user whose password is a one-time one (first administrator, new user, reset) is refused every other
 * query and mutation with PASSWORD_CHANGE_REQUIRED, before any resolver runs (issue 11).
 */
export function passwordChangePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (!operation || !contextValue.viewer?.mustChangePassword) return;
          if (rootFields(operation.selectionSet, document).some((f) => !ALLOWED_BEFORE_CHANGE.has(f))) {
            throw passwordChangeRequired();
          }
        },
      };
    },
  };
}
