import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { Evaluation } from '../evaluation/index.js';
import { resolveFilter, UnitFilter } from '../filter/index.js';
import { Project } from '../project/index.js';
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

  @FieldResolver(() => [Project], { description: '单位项目 / The unit’s projects' })
  projects(
    @Root() u: Unit,
    @Arg('year', () => Int, {
      nullable: true,
      description: '预算年度，为空则取全部年度 / Budget year; every year when null',
    })
    year: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.projectsOfUnit(year ?? null).load(u.dbId);
  }

  @FieldResolver(() => [Evaluation], { description: '部门整体评价 / Unit-wide evaluations' })
  unitWideEvaluations(@Root() u: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.unitWideEvaluationsOfUnit.load(u.dbId);
  }
}
