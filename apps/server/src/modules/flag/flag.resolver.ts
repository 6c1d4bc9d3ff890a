import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { actOf } from '../workflow/workflow.js';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { Flag } from '../graph/graph.types.js';

@Resolver()
export class FlagResolver {
  @Authorized('UNIT', 'WRITE')
  @Mutation(() => Flag, { description: '制定整改方案（单位）/ Set the owner and rectification plan (unit)' })
  async setFlagPlan(
    @Arg('id', () => ID, { description: '预警全局 ID / Global id of the flag' }) id: string,
    @Arg('ownerName', { description: '责任人 / Owner' }) ownerName: string,
    @Arg('rectificationPlan', { description: '整改方案 / Plan' }) rectificationPlan: string,
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
    @Arg('evidence', { description: '佐证材料说明 / Evidence' }) evidence: string,
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
    @Arg('note', { defaultValue: '', description: '销号意见 / Note' }) note: string,
    @Ctx() ctx: Context,
  ) {
    const flagId = await ctx.services.flags.close(actOf(ctx), idOf('Flag', id, 'id'), note, version);
    return ctx.loaders.flag.load(flagId);
  }
}
