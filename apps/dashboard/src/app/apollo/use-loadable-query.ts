import { useMemo } from 'react';
import type { DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../i18n/i18n';
import { pickServerMessage, type Translate, type Lang } from '../i18n/translate';
import { LOADING, ready, type Loadable } from '../loadable';

/** A message for the reader: the server's own words in their language, or a generic one. */
export function errorMessage(error: unknown, t: Translate, lang: Lang): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0]?.message;
    return first ? pickServerMessage(first, lang) : t('error.unknown');
  }
  if (error instanceof TypeError) return t('error.network'); // fetch failed
  return error instanceof Error && error.message ? error.message : t('error.unknown');
}

/**
 * useQuery, reduced to a Loadable of the selected data plus a retry. A refetch after an error shows
 * the skeleton again rather than the stale error. Pass a module-level (or memoised) `select`, so it is
 * stable. A skipped query stays 'loading': the caller reads another source then.
 */
export function useLoadableQuery<TData, TVariables extends OperationVariables, TSelected>(
  query: TypedDocumentNode<TData, TVariables> & DocumentNode,
  variables: TVariables,
  select: (data: TData) => TSelected,
  options: { skip?: boolean } = {},
): { state: Loadable<TSelected>; retry: () => void } {
  const { t, lang } = useI18n();
  const result = useQuery<TData, TVariables>(query, { variables, skip: options.skip });
  const { data, loading, error, refetch } = result;
  const state = useMemo<Loadable<TSelected>>(() => {
    // A refresh (the big screen's timer) keeps showing the figures it has until the new ones arrive.
    if (data !== undefined && !error) return ready(select(data as TData));
    if (loading) return LOADING;
    if (error) return { status: 'error', message: errorMessage(error, t, lang) };
    return LOADING;
  }, [data, loading, error, select, t, lang]);
  return { state, retry: () => void refetch().catch(() => undefined) };
}
