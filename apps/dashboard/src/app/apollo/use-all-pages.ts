import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useI18n } from '../i18n/i18n';
import { LOADING, ready, type Loadable } from '../loadable';
import { fetchAllPages, type AllPages, type ConnectionPage } from './fetch-all';
import { errorMessage } from './use-loadable-query';

/** Every page of a connection as one Loadable (for panels that count rows the API does not sum). */
export function useAllPages<TData, TVariables extends OperationVariables, TNode>(
  query: TypedDocumentNode<TData, TVariables> & DocumentNode,
  variables: Omit<TVariables, 'first' | 'after'>,
  connection: (data: TData) => ConnectionPage<TNode>,
  options: { skip?: boolean } = {},
): { state: Loadable<AllPages<TNode>>; retry: () => void } {
  const client = useApolloClient();
  const { t, lang } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  const [result, setResult] = useState<{
    key: string;
    attempt: number;
    value: { pages: AllPages<TNode> } | { error: unknown };
  } | null>(null);
  // Called by the fetch the effect starts: the latest selector, not a reason to fetch again.
  const select = useEffectEvent((data: TData) => connection(data));

  useEffect(() => {
    if (options.skip) return undefined;
    let live = true;
    fetchAllPages(client, query, JSON.parse(key) as Omit<TVariables, 'first' | 'after'>, select, {
      fetchPolicy: attempt > 0 ? 'network-only' : 'cache-first',
    }).then(
      (pages) => live && setResult({ key, attempt, value: { pages } }),
      (error: unknown) => live && setResult({ key, attempt, value: { error } }),
    );
    return () => {
      live = false;
    };
    // The variables are compared by value through `key`.
  }, [client, query, key, attempt, options.skip]);

  // The error is worded at render, so it follows a change of language.
  const state = useMemo<Loadable<AllPages<TNode>>>(() => {
    if (!result || result.key !== key || result.attempt !== attempt) return LOADING;
    return 'pages' in result.value
      ? ready(result.value.pages)
      : { status: 'error', message: errorMessage(result.value.error, t, lang) };
  }, [result, key, attempt, t, lang]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}
