import type { ApolloClient, DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';

/** A page of a cursor connection, as the API answers it. */
export interface ConnectionPage<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: ReadonlyArray<{ node: TNode }>;
}

/** The most a person's page may hold (the API caps people at 100, BI tokens at 1000). */
export const PAGE_LIMIT = 100;

/** Rows fetched for one export or panel at most: past this the export says it is cut. */
export const MAX_ROWS = 5_000;

export interface AllPages<TNode> {
  nodes: TNode[];
  totalCount: number;
  /** More rows matched than were fetched (MAX_ROWS). */
  truncated: boolean;
}

/**
 * Every row of a connection, page after page, within the viewer's scope: what the server answers for
 * these filters is exactly what the caller gets (exports and panels that count in the browser).
 */
export async function fetchAllPages<TData, TVariables extends OperationVariables, TNode>(
  client: ApolloClient,
  query: TypedDocumentNode<TData, TVariables> & DocumentNode,
  variables: Omit<TVariables, 'first' | 'after'>,
  connection: (data: TData) => ConnectionPage<TNode>,
  options: { fetchPolicy?: 'cache-first' | 'network-only'; maxRows?: number } = {},
): Promise<AllPages<TNode>> {
  const maxRows = options.maxRows ?? MAX_ROWS;
  const nodes: TNode[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await client.query<TData, TVariables>({
      query,
      variables: { ...variables, first: PAGE_LIMIT, after } as unknown as TVariables,
      fetchPolicy: options.fetchPolicy ?? 'cache-first',
    });
    if (result.error) throw result.error;
    if (!result.data) throw new Error('no data');
    const page = connection(result.data as TData);
    for (const edge of page.edges) nodes.push(edge.node);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || nodes.length >= maxRows) {
      return {
        nodes: nodes.slice(0, maxRows),
        totalCount: page.totalCount,
        truncated: page.pageInfo.hasNextPage || nodes.length > maxRows,
      };
    }
    after = page.pageInfo.endCursor;
  }
}
