import { Field, ID, InterfaceType } from 'type-graphql';
import type { Context } from './context.js';
import type { Loaders } from './loaders.js';

/** Relay's Node: every entity has a global id, resolvable with `node(id:)`. */
@InterfaceType({
  description: '全局可寻址的对象 / An object with a global id, resolvable with node(id:)',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: '全局 ID / Global id' })
  id: string;
}

/**
 * How a feature loads its node types by database id, through the request's loaders (type name → loader); a
 * type not read through loaders gets the request's context (its service checks who may see it).
 */
export type NodeLoaders = Record<string, (loaders: Loaders, id: number, ctx: Context) => Promise<Node | null>>;
