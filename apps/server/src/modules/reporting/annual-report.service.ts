import type { DataSource } from 'typeorm';
import type { AnalyticsService } from '../analytics/index.js';
import type { Viewer } from '../auth/index.js';
import type { RuleSetService } from '../rule-set/index.js';
import { annualReportDocx } from './annual-report.docx.js';
import { fillTemplate } from './placeholders.js';
import { reportFigures } from './report-figures.js';
import type { ReportTemplateService } from './report-template.service.js';

/** Roles that write and read the county's annual report. */
export const REPORT_ROLES: readonly string[] = ['PERFORMANCE', 'LEADERSHIP'];

/** 年度预算绩效管理工作情况: the county's template filled with the year's figures within the viewer's scope. */
export class AnnualReportService {
  constructor(
    private readonly db: DataSource,
    private readonly analytics: AnalyticsService,
    private readonly ruleSets: RuleSetService,
    private readonly templates: ReportTemplateService,
  ) {}

  async docx(v: Viewer, year: number): Promise<{ fileName: string; content: Buffer }> {
    const [[region], { rules }, template] = await Promise.all([
      this.db.query(
        `SELECT name, to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS today FROM region WHERE id = $1`,
        [v.regionId],
      ),
      this.ruleSets.forYear(v.regionId, year),
      this.templates.resolve(v.regionId),
    ]);
    const figures = await reportFigures(this.analytics, v, year, {
      regionName: region.name,
      checkpointMonths: rules.monitoring.checkpoints.map((c) => c.month),
    });
    const sections = template.sections.map((s) => ({
      level: s.level,
      title: fillTemplate(s.title, figures),
      body: fillTemplate(s.body, figures),
    }));
    const content = await annualReportDocx(sections, `${region.name}财政局 ${region.today}`);
    return { fileName: `${region.name}${year}年度预算绩效管理工作情况`, content };
  }
}
