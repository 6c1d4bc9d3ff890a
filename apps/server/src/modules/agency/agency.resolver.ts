import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { Evaluation } from '../evaluation/index.js';
import { Agency, AgencyRating } from './agency.types.js';

export const AGENCY_NODES: NodeLoaders = {
  Agency: (L, id) => L.agency.load(id),
  AgencyRating: (L, id) => L.agencyRating.load(id),
};

@Resolver(() => Agency)
export class AgencyResolver {
  @Authorized()
  @Query(() => [Agency], { description: '第三方机构 / Agencies in scope' })
  agencies(@Ctx() ctx: Context) {
    return ctx.readers.agency.all();
  }

  @FieldResolver(() => [AgencyRating], { description: '历年评级 / Ratings by year' })
  ratings(@Root() a: Agency, @Ctx() ctx: Context) {
    return ctx.loaders.ratingsOfAgency.load(a.dbId);
  }

  @FieldResolver(() => [Evaluation], { description: '承担的评价 / Evaluations assigned' })
  evaluations(@Root() a: Agency, @Ctx() ctx: Context) {
    return ctx.loaders.evaluationsOfAgency.load(a.dbId);
  }
}

@Resolver(() => AgencyRating)
export class AgencyRatingFieldsResolver {
  @FieldResolver(() => Agency, { nullable: true, description: '被评级的机构 / The agency rated' })
  agency(@Root() r: AgencyRating, @Ctx() ctx: Context) {
    return ctx.loaders.agency.load(r.agencyId);
  }
}
