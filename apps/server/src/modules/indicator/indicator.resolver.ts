import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { Project } from '../project/index.js';
import { Indicator } from './indicator.types.js';

export const INDICATOR_NODES: NodeLoaders = { Indicator: (L, id) => L.indicator.load(id) };

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Project, { nullable: true, description: '所属项目 / The project' })
  project(@Root() i: Indicator, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(i.projectId);
  }
}
