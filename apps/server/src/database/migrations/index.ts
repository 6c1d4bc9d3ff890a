import { SummaryTriggerEarlyExit1796591219592 } from './1796591219592-summary-trigger-early-exit.js';
import { ReportDue1796600000000 } from './1796600000000-report-due.js';
import { TodoQueueIndexes1796600100000 } from './1796600100000-todo-queue-indexes.js';
import { LatestExecutionSummary1796600200000 } from './1796600200000-latest-execution-summary.js';
import { ProjectLatestBulk1796600300000 } from './1796600300000-project-latest-bulk.js';
import { ProjectLatestReport1796600400000 } from './1796600400000-project-latest-report.js';
import { RegionRollups1796600500000 } from './1796600500000-region-rollups.js';
import { SummaryUnitIndexes1796600600000 } from './1796600600000-summary-unit-indexes.js';
import { ReportRateIndex1796600700000 } from './1796600700000-report-rate-index.js';
import { FlaggedProjectIndexes1796600800000 } from './1796600800000-flagged-project-indexes.js';
import { OpenFlagSummary1796600900000 } from './1796600900000-open-flag-summary.js';
import { TodoCoveringIndexes1796601000000 } from './1796601000000-todo-covering-indexes.js';
import { ExecutionSectionSummary1796601100000 } from './1796601100000-execution-section-summary.js';
import { LatestSectionSummary1796601200000 } from './1796601200000-latest-section-summary.js';
import { ExecutionFlagSummary1796601300000 } from './1796601300000-execution-flag-summary.js';
import { TransitionPairs1796601400000 } from './1796601400000-transition-pairs.js';
import { LatestGradeSectionSummary1796601500000 } from './1796601500000-latest-grade-section-summary.js';
import { ProjectSearchBigrams1796601600000 } from './1796601600000-project-search-bigrams.js';
import { ExecutionUnitSummary1796601700000 } from './1796601700000-execution-unit-summary.js';
import { OpenFlagBulkPlans1796601800000 } from './1796601800000-open-flag-bulk-plans.js';
import { ProjectCountyOrderIndexes1796601900000 } from './1796601900000-project-county-order-indexes.js';
import { FlagRegionAllFunds1796602000000 } from './1796602000000-flag-region-all-funds.js';
import { ProjectUnitOrderIndex1796602100000 } from './1796602100000-project-unit-order-index.js';
import { GovernmentEvaluationWithdraw1796587397616 } from './1796587397616-government-evaluation-withdraw.js';
import { AgencyChecks1796534430092 } from './1796534430092-agency-checks.js';
import { GovernmentEvaluations1796534539755 } from './1796534539755-government-evaluations.js';
import { SelfEvaluationFundReview1796534510927 } from './1796534510927-self-evaluation-fund-review.js';
import { UnitWide1796525941755 } from './1796525941755-unit-wide.js';
import { FrozenCheckpoints1796526426849 } from './1796526426849-frozen-checkpoints.js';
import { RegionEnglishNames1796535269682 } from './1796535269682-region-english-names.js';
import { TargetSummary1796589767955 } from './1796589767955-target-summary.js';
import { AnalyticsSummaries1796530000000 } from './1796530000000-analytics-summaries.js';
import { EvaluationSummary1796530100000 } from './1796530100000-evaluation-summary.js';
import { ExecutionRegionSummary1796530200000 } from './1796530200000-execution-region-summary.js';
import { EvaluationSummaryIndex1796530300000 } from './1796530300000-evaluation-summary-index.js';
import { FundSectionReview1796526097967 } from './1796526097967-fund-section-review.js';
import { QuarterlyReports1796526106408 } from './1796526106408-quarterly-reports.js';
import { IndicatorLibraryRegions1796523387091 } from './1796523387091-indicator-library-regions.js';
import { EvaluationVersions1796523836364 } from './1796523836364-evaluation-versions.js';
import { ImportAdminKinds1796523781468 } from './1796523781468-import-admin-kinds.js';
import { YearsAndCarryOver1796491191444 } from './1796491191444-years-and-carry-over.js';
import { Organisation1796493781517 } from './1796493781517-organisation.js';
import { IndicatorLibraryYears1796494973844 } from './1796494973844-indicator-library-years.js';
import { ExpertLibrary1796494321575 } from './1796494321575-expert-library.js';
import { FundRecalls1796495267214 } from './1796495267214-fund-recalls.js';
import { AgencyClassifiedClearance1796500000000 } from './1796500000000-agency-classified-clearance.js';
import { SupervisionFindings1796494143673 } from './1796494143673-supervision-findings.js';
import { DataImports1796472545473 } from './1796472545473-data-imports.js';
import { DeadlineKinds1796465690098 } from './1796465690098-deadline-kinds.js';
import { UserAdministration1796461815351 } from './1796461815351-user-administration.js';
import { ReportTemplate1796462000775 } from './1796462000775-report-template.js';
import { RetiredIndicators1795863189615 } from './1795863189615-retired-indicators.js';
import { TodoIndexes1795862390771 } from './1795862390771-todo-indexes.js';
import { TransferSplitConfirm1795859862985 } from './1795859862985-transfer-split-confirm.js';
import { ExAnteAgency1795857584800 } from './1795857584800-ex-ante-agency.js';
import { ScaleIndexes1795853974240 } from './1795853974240-scale-indexes.js';
import { TargetAdjustments1795851236873 } from './1795851236873-target-adjustments.js';
import { LifecycleRecords1795850855359 } from './1795850855359-lifecycle-records.js';
import { Workflow1795850366468 } from './1795850366468-workflow.js';
import { Initial1795848977684 } from './1795848977684-initial.js';
import { FundFamilies1795848999000 } from './1795848999000-fund-families.js';

// Versioned migrations, applied in order. Generate the next with
// `node --import @swc-node/register/esm-register src/database/generate-migration.ts Name`.
export const MIGRATIONS: Function[] = [
  Initial1795848977684,
  FundFamilies1795848999000,
  Workflow1795850366468,
  LifecycleRecords1795850855359,
  TargetAdjustments1795851236873,
  ScaleIndexes1795853974240,
  ExAnteAgency1795857584800,
  TransferSplitConfirm1795859862985,
  TodoIndexes1795862390771,
  RetiredIndicators1795863189615,
  UserAdministration1796461815351,
  ReportTemplate1796462000775,
  DeadlineKinds1796465690098,
  DataImports1796472545473,
  YearsAndCarryOver1796491191444,
  Organisation1796493781517,
  ExpertLibrary1796494321575,
  IndicatorLibraryYears1796494973844,
  SupervisionFindings1796494143673,
  FundRecalls1796495267214,
  AgencyClassifiedClearance1796500000000,
  IndicatorLibraryRegions1796523387091,
  ImportAdminKinds1796523781468,
  EvaluationVersions1796523836364,
  UnitWide1796525941755,
  FundSectionReview1796526097967,
  QuarterlyReports1796526106408,
  FrozenCheckpoints1796526426849,
  AnalyticsSummaries1796530000000,
  EvaluationSummary1796530100000,
  ExecutionRegionSummary1796530200000,
  EvaluationSummaryIndex1796530300000,
  AgencyChecks1796534430092,
  SelfEvaluationFundReview1796534510927,
  GovernmentEvaluations1796534539755,
  RegionEnglishNames1796535269682,
  GovernmentEvaluationWithdraw1796587397616,
  TargetSummary1796589767955,
  SummaryTriggerEarlyExit1796591219592,
  ReportDue1796600000000,
  TodoQueueIndexes1796600100000,
  LatestExecutionSummary1796600200000,
  ProjectLatestBulk1796600300000,
  ProjectLatestReport1796600400000,
  RegionRollups1796600500000,
  SummaryUnitIndexes1796600600000,
  ReportRateIndex1796600700000,
  FlaggedProjectIndexes1796600800000,
  OpenFlagSummary1796600900000,
  TodoCoveringIndexes1796601000000,
  ExecutionSectionSummary1796601100000,
  LatestSectionSummary1796601200000,
  ExecutionFlagSummary1796601300000,
  TransitionPairs1796601400000,
  LatestGradeSectionSummary1796601500000,
  ProjectSearchBigrams1796601600000,
  ExecutionUnitSummary1796601700000,
  OpenFlagBulkPlans1796601800000,
  ProjectCountyOrderIndexes1796601900000,
  FlagRegionAllFunds1796602000000,
  ProjectUnitOrderIndex1796602100000,
];
