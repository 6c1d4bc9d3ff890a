import { Expert, ExpertConflict, ExpertPanelMember } from '../modules/expert/expert.entity.js';
import { Region } from '../modules/region/region.entity.js';
import { Section } from '../modules/section/section.entity.js';
import { Unit } from '../modules/unit/unit.entity.js';
import { FundFamilyRow } from '../modules/fund-family/fund-family.entity.js';
import { TransferPayment, TransferPaymentIndicator } from '../modules/transfer-payment/transfer-payment.entity.js';
import { Project } from '../modules/project/project.entity.js';
import { ExAnteAssessment } from '../modules/ex-ante/ex-ante-assessment.entity.js';
import { IndicatorGroup, IndicatorTemplate } from '../modules/indicator/indicator-template.entity.js';
import { ProjectIndicator } from '../modules/indicator/project-indicator.entity.js';
import { TargetReview } from '../modules/target-review/target-review.entity.js';
import { MonitoringCheckpoint } from '../modules/monitoring/monitoring-checkpoint.entity.js';
import { FrozenFlag, FrozenReport } from '../modules/monitoring/frozen.entity.js';
import { IndicatorActual, MonitoringReport } from '../modules/monitoring/monitoring-report.entity.js';
import { Flag, FlagEvent } from '../modules/flag/flag.entity.js';
import { SupervisionFinding } from '../modules/supervision/supervision-finding.entity.js';
import { FundRecall } from '../modules/supervision/fund-recall.entity.js';
import { FundFamilySummary, FundReview } from '../modules/fund-review/fund-review.entity.js';
import { QuarterlyReport, QuarterlyReportEvent } from '../modules/quarterly-report/quarterly-report.entity.js';
import {
  GovernmentEvaluation,
  GovernmentEvaluationEvent,
} from '../modules/government-evaluation/government-evaluation.entity.js';
import { Evaluation, EvaluationFinding, EvaluationVersion } from '../modules/evaluation/evaluation.entity.js';
import { ResultApplication } from '../modules/result-application/result-application.entity.js';
import { Agency, AgencyRating } from '../modules/agency/agency.entity.js';
import { AgencyCheck } from '../modules/agency-check/agency-check.entity.js';
import { RuleSetRow } from '../modules/rule-set/rule-set.entity.js';
import { User } from '../modules/user/user.entity.js';
import { ApiToken } from '../modules/api-token/api-token.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { TrainingSession } from '../modules/training/training-session.entity.js';
import { RevokedSession } from '../modules/auth/revoked-session.entity.js';
import { AuthenticityCheck, AuthenticitySample } from '../modules/authenticity/authenticity-check.entity.js';
import { CalendarDeadline } from '../modules/calendar/calendar-deadline.entity.js';
import { TargetAdjustment } from '../modules/targets/target-adjustment.entity.js';
import { DataImport, DataImportRow, ImportFile } from '../modules/import/import.entity.js';
import { TreasuryPayment } from '../modules/treasury/treasury-payment.entity.js';
import { DemoState } from '../demo/demo-state.entity.js';
import { ReportTemplate } from '../modules/reporting/report-template.entity.js';
import {
  UnitWideFlag,
  UnitWideIndicator,
  UnitWideReport,
  UnitWideTarget,
} from '../modules/unit-wide/unit-wide.entity.js';

export const ENTITIES = [
  Region,
  Section,
  Unit,
  FundFamilyRow,
  TransferPayment,
  TransferPaymentIndicator,
  Project,
  ExAnteAssessment,
  IndicatorGroup,
  IndicatorTemplate,
  ProjectIndicator,
  TargetReview,
  UnitWideTarget,
  UnitWideIndicator,
  UnitWideReport,
  UnitWideFlag,
  MonitoringCheckpoint,
  FrozenReport,
  FrozenFlag,
  MonitoringReport,
  IndicatorActual,
  Flag,
  FlagEvent,
  SupervisionFinding,
  FundRecall,
  FundReview,
  FundFamilySummary,
  QuarterlyReport,
  QuarterlyReportEvent,
  GovernmentEvaluation,
  GovernmentEvaluationEvent,
  Evaluation,
  EvaluationFinding,
  EvaluationVersion,
  ResultApplication,
  Agency,
  AgencyRating,
  AgencyCheck,
  RuleSetRow,
  User,
  ApiToken,
  AuditLog,
  TrainingSession,
  RevokedSession,
  AuthenticitySample,
  AuthenticityCheck,
  CalendarDeadline,
  TargetAdjustment,
  TreasuryPayment,
  ImportFile,
  DataImport,
  DataImportRow,
  DemoState,
  ReportTemplate,
  Expert,
  ExpertConflict,
  ExpertPanelMember,
];
