import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { Evaluation } from '../evaluation/index.js';
import { resolveFilter, UnitFilter } from '../filter/index.js';
import { PROJECT_FIELD_COLUMNS, PROJECT_KEY_COLUMNS, ProjectConnection } from '../project/index.js';
import { columnsFor, connectionNodeFields } from '../../graphql/selection.js';
import { Section } from '../section/index.js';
import { Unit, UnitConnection } from './unit.types.js';

export const UNIT_NODES: NodeLoaders = { Unit: (L, id) => L.unit.load(id) };

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized()
  @Query(() => UnitConnection, { description: '单位列表 / Units in scope' })
  async units(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => UnitFilter, { nullable: true, description: '筛选条件 / Filters' }) filter: UnitFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return UnitConnection.of(ctx.readers.unit.page(f, first, after));
  }

  @FieldResolver(() => Section, { nullable: true, description: '对口科室 / Supervising section' })
  section(@Root() u: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.section.load(u.sectionId);
  }

  @FieldResolver(() => ProjectConnection, {
    description: '单位项目（按年度从新到旧、项目编码分页）/ The unit’s projects, paged by year (newest first) and code',
  })
  projects(
    @Root() u: Unit,
    @Arg('year', () => Int, {
      nullable: true,
      description: '预算年度，为空则取全部年度 / Budget year; every year when null',
    })
    year: number | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const fields = connectionNodeFields(info);
    const columns = columnsFor(fields, PROJECT_FIELD_COLUMNS, PROJECT_KEY_COLUMNS);
    return ProjectConnection.of(
      ctx.loaders.projectsOfUnitPage(year ?? null, columns, fields.has('latestReport'), first, after).load(u.dbId),
    );
  }

  @FieldResolver(() => [Evaluation], { description: '部门整体评价 / Unit-wide evaluations' })
  unitWideEvaluations(@Root() u: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.unitWideEvaluationsOfUnit.load(u.dbId);
  }
}
