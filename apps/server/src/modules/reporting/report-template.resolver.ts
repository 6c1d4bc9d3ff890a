import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { actOf } from '../workflow/index.js';
import { ReportSectionInput, ReportTemplateView } from './report-template.types.js';

@Resolver()
export class ReportTemplateResolver {
  @Authorized('PERFORMANCE', 'LEADERSHIP')
  @Query(() => ReportTemplateView, {
    description: '年度预算绩效管理工作情况的模板（本县）/ The template of the annual report of the viewer’s county',
  })
  reportTemplate(@Ctx() ctx: Context) {
    return ctx.services.reportTemplates.view(ctx.viewer!);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => ReportTemplateView, {
    description:
      '保存年度报告模板（绩效科；未知占位符为输入错误）/ Save the annual report’s template (performance section; an unknown placeholder is an input error)',
  })
  saveReportTemplate(
    @Arg('sections', () => [ReportSectionInput], { description: '每个部分的标题与正文 / Every section’s text' })
    sections: ReportSectionInput[],
    @Arg('version', () => Int, { description: '读取时的版本号（从未保存为0）/ Version read (0 if never saved)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reportTemplates.save(actOf(ctx), sections, version);
  }
}
