import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: every entity has a global id, resolvable with `node(id:)`. */
@InterfaceType({
  description: '全局可寻址的对象 / An object with a global id, resolvable with node(id:)',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: '全局 ID / Global id' })
  id: string;
}
