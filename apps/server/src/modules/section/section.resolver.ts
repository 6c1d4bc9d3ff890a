import type { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { columnsFor, connectionNodeFields } from '../../graphql/selection.js';
import { UNIT_FIELD_COLUMNS, UNIT_KEY_COLUMNS, UnitConnection } from '../unit/index.js';
import { Section } from './section.types.js';

export const SECTION_NODES: NodeLoaders = { Section: (L, id) => L.section.load(id) };

@Resolver(() => Section)
export class SectionResolver {
  @Authorized()
  @Query(() => [Section], { description: '科室 / Sections of the viewer’s counties' })
  sections(@Ctx() ctx: Context) {
    return ctx.readers.section.all();
  }

  @FieldResolver(() => UnitConnection, {
    description:
      '对口单位（按单位编码分页，仅限可见的单位）/ Units it supervises, paged by code (those the viewer may see)',
  })
  units(@Root() s: Section, @Args() { first, after }: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const columns = columnsFor(connectionNodeFields(info), UNIT_FIELD_COLUMNS, UNIT_KEY_COLUMNS);
    return UnitConnection.of(ctx.loaders.unitsOfSectionPage(columns, first, after).load(s.dbId));
  }
}
