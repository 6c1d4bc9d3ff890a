import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { Indicator } from '../indicator/index.js';
import { Project } from '../project/index.js';
import { Checkpoint } from './checkpoint.types.js';
import { IndicatorActual, MonitoringReport } from './report.types.js';

export const REPORT_NODES: NodeLoaders = { MonitoringReport: (L, id) => L.report.load(id) };

@Resolver(() => MonitoringReport)
export class ReportFieldsResolver {
  @FieldResolver(() => Project, { nullable: true, description: '报告的项目 / The project reported on' })
  project(@Root() r: MonitoringReport, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(r.projectId);
  }

  @FieldResolver(() => Checkpoint, { nullable: true, description: '监控节点 / The checkpoint' })
  checkpoint(@Root() r: MonitoringReport, @Ctx() ctx: Context) {
    return ctx.loaders.checkpoint.load(r.checkpointId);
  }

  @FieldResolver(() => [IndicatorActual], { description: '指标完成情况 / Indicator values' })
  indicatorActuals(@Root() r: MonitoringReport, @Ctx() ctx: Context) {
    return ctx.loaders.actualsOfReport.load(r.dbId);
  }
}

@Resolver(() => IndicatorActual)
export class IndicatorActualFieldsResolver {
  @FieldResolver(() => Indicator, { nullable: true, description: '对应的绩效指标 / The indicator' })
  indicator(@Root() a: IndicatorActual, @Ctx() ctx: Context) {
    return ctx.loaders.indicator.load(a.indicatorId);
  }
}
