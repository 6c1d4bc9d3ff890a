import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

// What a query asks of a type, read from the operation: readers select only the columns it needs.

type Fragments = Record<string, FragmentDefinitionNode>;

/** The fields selected directly in `set` (through fragments and inline fragments), by field name. */
function fieldsOf(set: SelectionSetNode | undefined, fragments: Fragments, out: FieldNode[] = []): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') out.push(s);
    else if (s.kind === 'InlineFragment') fieldsOf(s.selectionSet, fragments, out);
    else if (s.kind === 'FragmentSpread') {
      const f = fragments[s.name.value];
      if (f) fieldsOf(f.selectionSet, fragments, out);
    }
  }
  return out;
}

/** The sub-fields of every field named `name` in `nodes`' selections (aliases merged). */
function childrenNamed(nodes: readonly FieldNode[], name: string, fragments: Fragments): FieldNode[] {
  return nodes.flatMap((n) => fieldsOf(n.selectionSet, fragments)).filter((f) => f.name.value === name);
}

/** The names of the fields asked at `path` under the field resolved (`['keys']` for `keys { … }`). */
export function fieldsAskedAt(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = childrenNamed(nodes, name, info.fragments);
  return new Set(nodes.flatMap((n) => fieldsOf(n.selectionSet, info.fragments)).map((f) => f.name.value));
}

/** The names of the fields a connection field asks of its nodes (`edges { node { … } }`). */
export function connectionNodeFields(info: GraphQLResolveInfo): Set<string> {
  return fieldsAskedAt(info, 'edges', 'node');
}

/** Whether a connection field asks for a page (`edges` or `pageInfo`), not only its `totalCount`. */
export function asksPage(info: GraphQLResolveInfo): boolean {
  const asked = fieldsAskedAt(info);
  return asked.has('edges') || asked.has('pageInfo');
}

/** Whether a connection field asks for its `totalCount`. */
export function asksTotalCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((n) =>
    fieldsOf(n.selectionSet, info.fragments).some((f) => f.name.value === 'totalCount'),
  );
}

/**
 * The SQL column list for the fields asked, from a map field → columns; `always` (the id, the keys the
 * field resolvers need) is selected whatever is asked. Deterministic order, so equal asks share a loader.
 */
export function columnsFor(fields: Set<string>, map: Record<string, string>, always: string[]): string[] {
  const cols = new Set(always);
  for (const [field, sql] of Object.entries(map)) if (fields.has(field)) cols.add(sql);
  return [...cols];
}
