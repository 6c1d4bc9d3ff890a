import type { DataSource } from 'typeorm';
import { AnalyticsService } from './modules/analytics/analytics.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { createCounters, createCounterStore, type Counters } from './security/counters.js';
import { AuthService } from './modules/auth/auth.service.js';
import { MeService } from './modules/auth/me.service.js';
import { SessionTokens } from './modules/auth/session-token.js';
import { RuleSetService } from './modules/rule-set/rule-set.service.js';
import { ApiTokenService } from './modules/api-token/api-token.service.js';
import { Workflow } from './modules/workflow/workflow.js';
import { MonitoringService } from './modules/monitoring/monitoring.service.js';
import { CorrectionService } from './modules/monitoring/correction.service.js';
import { FlagService } from './modules/flag/flag.service.js';
import { FundRecallService, SupervisionService } from './modules/supervision/index.js';
import { AgencyCheckService } from './modules/agency-check/index.js';
import { FundReviewService } from './modules/fund-review/index.js';
import { QuarterlyReportService } from './modules/quarterly-report/quarterly-report.service.js';
import { GovernmentEvaluationService } from './modules/government-evaluation/government-evaluation.service.js';
import { TargetsService } from './modules/targets/targets.service.js';
import { TargetAdjustmentService } from './modules/targets/target-adjustment.service.js';
import { ExAnteService } from './modules/ex-ante/ex-ante.service.js';
import { EvaluationService } from './modules/evaluation/evaluation.service.js';
import { AgencyRatingService } from './modules/agency/agency-rating.service.js';
import { DisclosureService } from './modules/disclosure/disclosure.service.js';
import { TransferPaymentService } from './modules/transfer-payment/transfer-payment.service.js';
import { DEFAULT_IMPORT_LIMITS, ImportService, type ImportLimits } from './modules/import/import.service.js';
import { ImportReader } from './modules/import/import.reader.js';
import { AuthenticityService } from './modules/authenticity/authenticity.service.js';
import { ResultApplicationService } from './modules/result-application/result-application.service.js';
import { UserService } from './modules/user/user.service.js';
import { ExpertService } from './modules/expert/expert.service.js';
import { IndicatorLibraryService } from './modules/indicator/indicator-library.service.js';
import { OrganisationReader, OrganisationService, UnitSectionService } from './modules/organisation/index.js';
import { ExportService } from './modules/export/export.service.js';
import { ReportTemplateService } from './modules/reporting/report-template.service.js';
import { AnnualReportService } from './modules/reporting/annual-report.service.js';
import { YearService } from './modules/year/year.service.js';
import { UnitWideTargetsService } from './modules/unit-wide/unit-wide.service.js';
import { UnitWideYearService } from './modules/unit-wide/unit-wide-year.service.js';

/** The services of one running server, built once at boot and handed to every request's context. */
export function createServices(
  db: DataSource,
  secret: string,
  importLimits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  counters: Counters = createCounters(createCounterStore({ prefix: 'jixiao' })),
) {
  const audit = new AuditService(db);
  const workflow = new Workflow(db, audit);
  const transferPayments = new TransferPaymentService(workflow);
  const analytics = new AnalyticsService(db);
  const ruleSets = new RuleSetService(db, audit);
  const reportTemplates = new ReportTemplateService(workflow);
  const resultApplications = new ResultApplicationService(workflow);
  const auth = new AuthService(db, new SessionTokens(secret), audit, counters);
  return {
    audit,
    auth,
    counters,
    me: new MeService(db),
    analytics,
    ruleSets,
    apiTokens: new ApiTokenService(db, audit),
    monitoring: new MonitoringService(workflow),
    corrections: new CorrectionService(workflow),
    flags: new FlagService(workflow),
    supervision: new SupervisionService(workflow),
    agencyChecks: new AgencyCheckService(workflow),
    fundRecalls: new FundRecallService(workflow),
    fundReviews: new FundReviewService(workflow, analytics),
    quarterlyReports: new QuarterlyReportService(workflow),
    governmentEvaluations: new GovernmentEvaluationService(workflow),
    transferPayments,
    targets: new TargetsService(workflow, transferPayments),
    unitWide: new UnitWideTargetsService(workflow),
    unitWideYear: new UnitWideYearService(workflow),
    targetAdjustments: new TargetAdjustmentService(workflow, transferPayments),
    exAnte: new ExAnteService(workflow),
    evaluations: new EvaluationService(workflow),
    authenticity: new AuthenticityService(workflow),
    resultApplications,
    agencyRatings: new AgencyRatingService(workflow),
    disclosure: new DisclosureService(workflow),
    imports: new ImportService(workflow, importLimits),
    importReader: new ImportReader(db),
    users: new UserService(workflow, auth.guard),
    experts: new ExpertService(workflow),
    indicatorLibrary: new IndicatorLibraryService(workflow),
    organisation: new OrganisationService(workflow),
    unitsSections: new UnitSectionService(workflow),
    organisationReader: new OrganisationReader(db),
    years: new YearService(workflow, resultApplications),
    exports: new ExportService(db, ruleSets),
    reportTemplates,
    annualReports: new AnnualReportService(db, analytics, ruleSets, reportTemplates),
  };
}

export type Services = ReturnType<typeof createServices>;
