import { useI18n } from '../../../app/i18n/i18n';
import { CutsPanel } from '../../results';
import { RecallsToDecidePanel } from '../../supervision';
import { ExAnteReviewQueue } from '../../ex-ante';
import { ReportQueue } from '../../monitoring';
import { TargetReviewQueue } from '../../targets';
import { UnitWideReviewQueue } from '../../unit-wide';

/**
 * 涉密单位代办: classified units are out of sight of the business, fund and budget sections, so the
 * performance section takes their first reviews and their cut decisions. Each queue asks the server for
 * classified units' rows only; the server refuses the performance section these steps for anyone else.
 */
export function StandInPanel({ year }: { year: number }) {
  const { t } = useI18n();
  return (
    <div className="work-stack" data-testid="stand-in">
      <p className="work-note">{t('standin.note')}</p>
      <ReportQueue mode="review" year={year} role="PERFORMANCE" />
      <TargetReviewQueue mode="first" year={year} classified />
      <UnitWideReviewQueue mode="first" year={year} classified />
      <ExAnteReviewQueue classified />
      <CutsPanel mode="decide" year={year} classified />
      <RecallsToDecidePanel year={year} classified />
    </div>
  );
}
