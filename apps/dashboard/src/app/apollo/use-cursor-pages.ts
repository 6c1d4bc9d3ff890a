import { useMemo, useState } from 'react';
import type { DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../i18n/i18n';
import type { ConnectionPage } from './fetch-all';
import { errorMessage } from './use-loadable-query';

export interface CursorPages<TNode> {
  status: 'loading' | 'error' | 'ready';
  errorText?: string;
  nodes: readonly TNode[];
  totalCount: number;
  /** 0-based page on screen. */
  page: number;
  hasNext: boolean;
  hasPrevious: boolean;
  next: () => void;
  previous: () => void;
  retry: () => void;
}

/**
 * Cursor pagination as people use it: next and previous pages of a connection. The cursors of the pages
 * seen are kept, so "previous" is exact; a change of filters or order starts again at the first page.
 */
export function useCursorPages<TData, TVariables extends OperationVariables, TNode>(
  query: TypedDocumentNode<TData, TVariables> & DocumentNode,
  variables: Omit<TVariables, 'first' | 'after'>,
  connection: (data: TData) => ConnectionPage<TNode>,
  pageSize: number,
): CursorPages<TNode> {
  const { t, lang } = useI18n();
  const key = JSON.stringify(variables);
  // The cursor that starts each page seen, for these variables.
  const [cursors, setCursors] = useState<{ key: string; list: (string | null)[] }>({ key, list: [null] });
  const list = cursors.key === key ? cursors.list : [null];
  const page = list.length - 1;
  const result = useQuery<TData, TVariables>(query, {
    variables: { ...variables, first: pageSize, after: list[page] } as unknown as TVariables,
  });
  const data = result.data as TData | undefined;
  const conn = useMemo(() => (data ? connection(data) : null), [data, connection]);
  const endCursor = conn?.pageInfo.endCursor ?? null;
  return {
    status: conn ? 'ready' : result.error ? 'error' : 'loading',
    errorText: result.error ? errorMessage(result.error, t, lang) : undefined,
    nodes: conn ? conn.edges.map((e) => e.node) : [],
    totalCount: conn?.totalCount ?? 0,
    page,
    hasNext: Boolean(conn?.pageInfo.hasNextPage && endCursor),
    hasPrevious: page > 0,
    next: () => {
      if (conn?.pageInfo.hasNextPage && endCursor) setCursors({ key, list: [...list, endCursor] });
    },
    previous: () => {
      if (page > 0) setCursors({ key, list: list.slice(0, -1) });
    },
    retry: () => void result.refetch().catch(() => undefined),
  };
}
