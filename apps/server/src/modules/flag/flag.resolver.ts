import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import { idOf } from '../../graphql/global-id.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { FlagFilter, resolveFilter } from '../filter/index.js';
import { Checkpoint } from '../monitoring/index.js';
import { Project } from '../project/index.js';
import { actOf } from '../workflow/index.js';
import { Flag, FlagConnection, FlagEvent } from './flag.types.js';
import { TEXT, TextArg } from '../../graphql/text.js';

export const FLAG_NODES: NodeLoaders = { Flag: (L, id) => L.flag.load(id) };

@Resolver(() => Flag)
export class FlagResolver {
  @Authorized()
  @Query(() => FlagConnection, { description: '预警台账 / The flag ledger (deadline first)' })
  async flags(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => FlagFilter, { nullable: true, description: '筛选条件 / Filters' }) filter: FlagFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return FlagConnection.of(ctx.readers.flag.page(f, first, after));
  }

  @FieldResolver(() => Project, { nullable: true, description: '被标记的项目 / The project flagged' })
  project(@Root() f: Flag, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(f.projectId);
  }

  @FieldResolver(() => Checkpoint, { nullable: true, description: '标记所在节点 / Checkpoint that raised it' })
  raisedAt(@Root() f: Flag, @Ctx() ctx: Context) {
    return ctx.loaders.checkpoint.load(f.raisedCheckpointId);
  }

  @FieldResolver(() => Checkpoint, { nullable: true, description: '升级为红标的节点 / Checkpoint that turned it red' })
  escalatedAt(@Root() f: Flag, @Ctx() ctx: Context) {
    return f.escalatedCheckpointId ? ctx.loaders.checkpoint.load(f.escalatedCheckpointId) : null;
  }

  @FieldResolver(() => [FlagEvent], { description: '处理记录 / History' })
  events(@Root() f: Flag, @Ctx() ctx: Context) {
    return ctx.loaders.eventsOfFlag.load(f.dbId);
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => Flag, { description: '制定整改方案（单位）/ Set the owner and rectification plan (unit)' })
  async setFlagPlan(
    @Arg('id', () => ID, { description: '预警全局 ID / Global id of the flag' }) id: string,
    @TextArg('ownerName', 60, { description: '责任人 / Owner' }) ownerName: string,
    @TextArg('rectificationPlan', TEXT.long, { description: '整改方案 / Plan' }) rectificationPlan: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const flagId = await ctx.services.flags.setPlan(
      actOf(ctx),
      idOf('Flag', id, 'id'),
      ownerName,
      rectificationPlan,
      version,
    );
    return ctx.loaders.flag.load(flagId);
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => Flag, { description: '提交整改佐证（单位）/ Add rectification evidence (unit)' })
  async addFlagEvidence(
    @Arg('id', () => ID, { description: '预警全局 ID / Global id of the flag' }) id: string,
    @TextArg('evidence', TEXT.long, { description: '佐证材料说明 / Evidence' }) evidence: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const flagId = await ctx.services.flags.addEvidence(actOf(ctx), idOf('Flag', id, 'id'), evidence, version);
    return ctx.loaders.flag.load(flagId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Flag, { description: '销号（绩效科）/ Close a rectified flag (performance section)' })
  async closeFlag(
    @Arg('id', () => ID, { description: '预警全局 ID / Global id of the flag' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @TextArg('note', TEXT.note, { defaultValue: '', description: '销号意见 / Note' }) note: string,
    @Ctx() ctx: Context,
  ) {
    const flagId = await ctx.services.flags.close(actOf(ctx), idOf('Flag', id, 'id'), note, version);
    return ctx.loaders.flag.load(flagId);
  }
}
