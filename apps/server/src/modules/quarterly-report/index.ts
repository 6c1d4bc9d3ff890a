// The quarterly report upward (季度工作情况上报), issue 13 §3.
export { QuarterlyReport as QuarterlyReportEntity, QuarterlyReportEvent } from './quarterly-report.entity.js';
export { QuarterlyReportService } from './quarterly-report.service.js';
export { QuarterlyReportReader } from './quarterly-report.reader.js';
export { QUARTERLY_REPORT_NODES, QuarterlyReportResolver } from './quarterly-report.resolver.js';
export { quarterlyFigures, type QuarterlyFiguresData } from './quarterly-figures.js';
