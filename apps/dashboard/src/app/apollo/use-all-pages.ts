import { useEffect, useMemo, useState } from 'react';
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
  const [result, setResult] = useState<{ key: string; attempt: number; value: Loadable<AllPages<TNode>> } | null>(null);

  useEffect(() => {
    if (options.skip) return undefined;
    let live = true;
    fetchAllPages(client, query, JSON.parse(key) as Omit<TVariables, 'first' | 'after'>, connection, {
      fetchPolicy: attempt > 0 ? 'network-only' : 'cache-first',
    }).then(
      (pages) => live && setResult({ key, attempt, value: ready(pages) }),
      (error: unknown) =>
        live && setResult({ key, attempt, value: { status: 'error', message: errorMessage(error, t, lang) } }),
    );
    return () => {
      live = false;
    };
    // `connection` is a pure selector; the variables are compared by value through `key`.
  }, [client, query, key, attempt, options.skip]);

  const state = useMemo<Loadable<AllPages<TNode>>>(
    () => (result && result.key === key && result.attempt === attempt ? result.value : LOADING),
    [result, key, attempt],
  );
  return { state, retry: () => setAttempt((n) => n + 1) };
}
