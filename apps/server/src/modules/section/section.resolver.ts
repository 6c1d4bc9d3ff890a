import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { Unit } from '../unit/index.js';
import { Section } from './section.types.js';

export const SECTION_NODES: NodeLoaders = { Section: (L, id) => L.section.load(id) };

@Resolver(() => Section)
export class SectionResolver {
  @Authorized()
  @Query(() => [Section], { description: '科室 / Sections of the viewer’s counties' })
  sections(@Ctx() ctx: Context) {
    return ctx.readers.section.all();
  }

  @FieldResolver(() => [Unit], { description: '对口单位 / Units it supervises' })
  units(@Root() s: Section, @Ctx() ctx: Context) {
    return ctx.loaders.unitsOfSection.load(s.dbId);
  }
}
