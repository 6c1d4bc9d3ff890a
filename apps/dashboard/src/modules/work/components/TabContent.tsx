import type { WorkTab } from '../todo-links';
import { ExAnteConcludeQueue, ExAntePanel, ExAnteReassessQueue, ExAnteReviewQueue } from '../../ex-ante';
import { AgencyRatingPanel } from '../../agency-ratings';
import { AgencyChecksPanel } from '../../agency-checks';
import {
  AgencyEvaluationsPanel,
  AuthenticityPanel,
  DepartmentEvaluationPanel,
  KeyEvaluationsPanel,
  PublishEvaluationsPanel,
  SelfEvaluationPanel,
  SelfEvaluationQueue,
} from '../../evaluation';
import { GovernmentSelfReportPanel } from '../../government-evaluation';
import { FlagWork } from '../../flags';
import { CutsPanel } from '../../results';
import { RecallsToDecidePanel } from '../../supervision';
import { CheckpointsPanel, ReportPanel, ReportQueue } from '../../monitoring';
import {
  AdjustmentDecisionQueue,
  AdjustTargetsPanel,
  PublishTargetsPanel,
  TargetReviewQueue,
  TargetsPanel,
  TransferSplitPanel,
} from '../../targets';
import { UnitWideEvaluationQueue, UnitWideMonitoringQueue, UnitWidePanel, UnitWideReviewQueue } from '../../unit-wide';
import { FundSummaryPanel } from '../../fund-review';
import { StandInPanel } from './StandInPanel';

/** The screen of each tab of the work bench. */
export function TabContent({ tab, year }: { tab: WorkTab; year: number }) {
  switch (tab) {
    case 'report':
      return <ReportPanel year={year} />;
    case 'rectify':
      return <FlagWork mode="rectify" year={year} />;
    case 'review':
      return <ReportQueue mode="review" year={year} />;
    case 'checkpoints':
      return <CheckpointsPanel year={year} />;
    case 'fund-reports':
      return <ReportQueue mode="fund" year={year} />;
    case 'fund-targets':
      return <TargetReviewQueue mode="fund" year={year} />;
    case 'fund-self-evaluations':
      return <SelfEvaluationQueue mode="fund" year={year} />;
    case 'confirm-self-evaluations':
      return <SelfEvaluationQueue mode="confirm" year={year} />;
    case 'government-evaluation':
      return <GovernmentSelfReportPanel year={year} />;
    case 'fund-summary':
      return <FundSummaryPanel mode="send" year={year} />;
    case 'fund-summaries':
      return <FundSummaryPanel mode="read" year={year} />;
    case 'confirm':
      return <ReportQueue mode="confirm" year={year} />;
    case 'close-flags':
      return <FlagWork mode="close" year={year} />;
    case 'self-evaluation':
      return <SelfEvaluationPanel year={year} />;
    case 'department-evaluation':
      return <DepartmentEvaluationPanel year={year} />;
    case 'authenticity':
      return <AuthenticityPanel year={year} />;
    case 'cuts':
      return <CutsPanel mode="propose" year={year} />;
    case 'decide-cuts':
      return (
        <div className="work-stack">
          <RecallsToDecidePanel year={year} />
          <CutsPanel mode="decide" year={year} />
        </div>
      );
    case 'targets':
      return <TargetsPanel year={year} />;
    case 'unit-wide':
      return <UnitWidePanel year={year} />;
    case 'review-unit-wide':
      return <UnitWideReviewQueue mode="first" year={year} />;
    case 'approve-unit-wide':
      return <UnitWideReviewQueue mode="final" year={year} />;
    case 'confirm-unit-wide':
      return <UnitWideMonitoringQueue year={year} />;
    case 'evaluate-unit-wide':
      return <UnitWideEvaluationQueue year={year} />;
    case 'review-targets':
      return <TargetReviewQueue mode="first" year={year} />;
    case 'agency-ratings':
      return (
        <div style={{ display: 'grid', gap: 16 }}>
          <AgencyRatingPanel year={year} />
          <AgencyChecksPanel year={year} />
        </div>
      );
    case 'adjust-targets':
      return <AdjustTargetsPanel year={year} />;
    case 'adjustments':
      return <AdjustmentDecisionQueue />;
    case 'publish-targets':
      return <PublishTargetsPanel />;
    case 'approve-targets':
      return <TargetReviewQueue mode="final" year={year} />;
    case 'key-evaluations':
      return <KeyEvaluationsPanel year={year} />;
    case 'agency-evaluations':
      return <AgencyEvaluationsPanel year={year} />;
    case 'ex-ante':
      return <ExAntePanel year={year} />;
    case 'review-ex-ante':
      return <ExAnteReviewQueue />;
    case 'conclude-ex-ante':
      return <ExAnteConcludeQueue />;
    case 'reassess-ex-ante':
      return <ExAnteReassessQueue />;
    case 'publish-evaluations':
      return <PublishEvaluationsPanel year={year} />;
    case 'classified':
      return <StandInPanel year={year} />;
    case 'transfer-splits':
      return <TransferSplitPanel year={year} />;
  }
}
