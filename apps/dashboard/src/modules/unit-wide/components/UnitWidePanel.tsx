import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useYears } from '../../../app/analytics/years';
import { useI18n } from '../../../app/i18n/i18n';
import { usePanelStatus } from '../../work';
import { UNIT_WIDE } from '../graphql/unit-wide.graphql';
import type { unitWideZh } from '../messages';

type Key = keyof typeof unitWideZh;
import { UnitWideTargetsForm } from './UnitWideTargetsForm';
import { UnitWideReportForm, UnitWideSelfForm } from './UnitWideYearForms';

/** The unit's unit-wide year on its work page: the step that is due, and what is done so far. */
export function UnitWidePanel({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error } = useQuery(UNIT_WIDE, { variables: { year } });
  const target = data?.unitWideTargets[0] ?? null;
  const june = data?.checkpoints.find((c) => c.scope === 'UNIT_WIDE') ?? null;
  const status = target?.status ?? 'NONE';
  const report = target?.reports[0] ?? null;
  // The county's today, as the server gives it (not the browser's clock): the self-evaluation follows the year.
  const { today } = useYears();
  const yearOver = Number(today.slice(0, 4)) > year;
  const editable = status === 'NONE' || status === 'DRAFT' || status === 'RETURNED';
  return (
    <Panel
      title={t('unitwide.title', { year })}
      subtitle={t('unitwide.subtitle')}
      {...usePanelStatus(data, error)}
      minHeight={160}
      testId="panel-unit-wide"
    >
      <p data-testid="unit-wide-status">{t('unitwide.status', { status: t(`unitwide.status.${status}` as Key) })}</p>
      {editable && <UnitWideTargetsForm key={`${target?.id}-${target?.version}`} year={year} target={target} />}
      {(status === 'SUBMITTED' || status === 'FIRST_REVIEWED') && <p className="muted">{t('unitwide.waiting')}</p>}
      {target && status === 'APPROVED' && (
        <>
          {report && (
            <p data-testid="unit-wide-report-status">
              {t('unitwide.report.status', {
                executed: report.executed,
                verdict:
                  report.failed == null
                    ? t('unitwide.report.pending')
                    : t(report.failed ? 'unitwide.report.failed' : 'unitwide.report.passed'),
              })}
            </p>
          )}
          {target.flags.map((fl) => (
            <p key={fl.id} className="work-note" data-testid="unit-wide-flag">
              {t('unitwide.flag', {
                level: t(`unitwide.flag.${fl.level}` as Key),
                deadline: fl.deadline,
                status: t(`unitwide.flag.${fl.status}` as Key),
              })}
            </p>
          ))}
          {!report && june?.status === 'OPEN' && (
            <UnitWideReportForm key={`report-${target.version}`} target={target} checkpoint={june} />
          )}
          {target.selfSubmittedOn ? (
            <p data-testid="unit-wide-self-summary">
              {t('unitwide.self.summary', {
                score: target.selfScore ?? '',
                executed: target.selfExecuted ?? '',
                date: target.selfSubmittedOn,
              })}
            </p>
          ) : (
            yearOver && !target.evaluationId && <UnitWideSelfForm key={`self-${target.version}`} target={target} />
          )}
          {target.evaluationId && <p data-testid="unit-wide-evaluated">{t('unitwide.evaluated')}</p>}
        </>
      )}
    </Panel>
  );
}
