import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AGENCY_NODES } from '../modules/agency/agency.resolver.js';
import { AGENCY_CHECK_NODES } from '../modules/agency-check/agency-check.resolver.js';
import { EX_ANTE_NODES } from '../modules/ex-ante/ex-ante.resolver.js';
import { EVALUATION_NODES } from '../modules/evaluation/evaluation.resolver.js';
import { FLAG_NODES } from '../modules/flag/flag.resolver.js';
import { IMPORT_NODES } from '../modules/import/import.resolver.js';
import { INDICATOR_NODES } from '../modules/indicator/indicator.resolver.js';
import { CHECKPOINT_NODES } from '../modules/monitoring/checkpoint.resolver.js';
import { REPORT_NODES } from '../modules/monitoring/report.resolver.js';
import { PROJECT_NODES } from '../modules/project/project.resolver.js';
import { RESULT_APPLICATION_NODES } from '../modules/result-application/result-application.resolver.js';
import { QUARTERLY_REPORT_NODES } from '../modules/quarterly-report/quarterly-report.resolver.js';
import { GOVERNMENT_EVALUATION_NODES } from '../modules/government-evaluation/government-evaluation.resolver.js';
import { SUPERVISION_NODES } from '../modules/supervision/supervision.resolver.js';
import { SECTION_NODES } from '../modules/section/section.resolver.js';
import { TARGET_NODES } from '../modules/targets/targets.resolver.js';
import { UNIT_NODES } from '../modules/unit/unit.resolver.js';
import type { Context } from './context.js';
import { AppError } from './errors.js';
import { fromGlobalId } from './global-id.js';
import { Node, type NodeLoaders } from './node.js';

/** The most ids one `nodes` call reads. */
export const MAX_NODES = 100;

/** The node registry: every feature contributes the types `node(id)` can load. */
const NODE_TYPES: NodeLoaders = {
  ...PROJECT_NODES,
  ...UNIT_NODES,
  ...SECTION_NODES,
  ...AGENCY_NODES,
  ...CHECKPOINT_NODES,
  ...REPORT_NODES,
  ...INDICATOR_NODES,
  ...FLAG_NODES,
  ...EVALUATION_NODES,
  ...RESULT_APPLICATION_NODES,
  ...EX_ANTE_NODES,
  ...TARGET_NODES,
  ...IMPORT_NODES,
  ...SUPERVISION_NODES,
  ...AGENCY_CHECK_NODES,
  ...QUARTERLY_REPORT_NODES,
  ...GOVERNMENT_EVALUATION_NODES,
};

/** Loads any node by global id, through the same scoped loaders as the rest of the graph. */
function loadNode(ctx: Context, globalId: string): Promise<Node | null> {
  const parsed = fromGlobalId(globalId);
  if (!parsed || !/^\d+$/.test(parsed.key)) return Promise.resolve(null);
  return NODE_TYPES[parsed.type]?.(ctx.loaders, Number(parsed.key), ctx) ?? Promise.resolve(null);
}

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, {
    nullable: true,
    description: '按全局 ID 取对象；范围外与不存在相同 / Any object by global id; out of scope is the same as missing',
  })
  node(@Arg('id', () => ID, { description: '全局 ID / Global id' }) id: string, @Ctx() ctx: Context) {
    return loadNode(ctx, id);
  }

  @Authorized()
  @Query(() => [Node], { nullable: 'items', description: '按全局 ID 批量取对象 / Objects by global ids' })
  nodes(
    @Arg('ids', () => [ID], {
      description: `全局 ID 列表（最多 ${MAX_NODES} 个）/ Global ids (at most ${MAX_NODES})`,
    })
    ids: string[],
    @Ctx() ctx: Context,
  ) {
    // More than the limit is refused, never cut silently: the caller would take the missing ones for absent.
    if (ids.length > MAX_NODES) {
      throw new AppError(
        'BAD_USER_INPUT',
        `ids：最多 ${MAX_NODES} 个（收到 ${ids.length} 个）`,
        `ids: at most ${MAX_NODES} (got ${ids.length})`,
        { field: 'ids', limit: MAX_NODES, requested: ids.length },
      );
    }
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
