import type { ReactNode } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type { QuarterlyReportFieldsFragment } from '../../../generated/graphql';
import { QuarterlyFiguresTable } from './QuarterlyFiguresTable';

/** One report as both sides see it: its state, the latest text and figures, every step, and the side's actions. */
export function QuarterlyReportCard({
  report,
  children,
}: {
  report: QuarterlyReportFieldsFragment;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const key = `${report.year}-${report.quarter}`;
  return (
    <section className="work-card" data-testid={`quarterly-report-${key}`} data-status={report.status}>
      <h3 className="work-card__title">
        {t('quarterly.reportTitle', {
          region: report.regionName,
          year: report.year,
          quarter: report.quarter,
          due: report.dueOn,
        })}{' '}
        <span className={`badge badge--${report.status.toLowerCase()}`} data-testid={`quarterly-status-${key}`}>
          {t(`quarterly.status.${report.status}` as MessageKey)}
        </span>
      </h3>
      {report.returnComment && (
        <p className="work-alert" data-testid={`quarterly-return-comment-${key}`}>
          {t('quarterly.returnComment', { comment: report.returnComment })}
        </p>
      )}
      <p style={{ whiteSpace: 'pre-wrap' }}>{report.text}</p>
      <QuarterlyFiguresTable figures={report.figures} testId={`quarterly-figures-${key}`} />
      <h4>{t('quarterly.history')}</h4>
      <ol className="work-history" data-testid={`quarterly-history-${key}`}>
        {report.history.map((h, i) => (
          <li key={i}>
            {h.occurredAt} · {h.userName} · {t(`quarterly.step.${h.kind}` as MessageKey)}
            {h.text && <>：{h.text}</>}
          </li>
        ))}
      </ol>
      {children}
    </section>
  );
}
