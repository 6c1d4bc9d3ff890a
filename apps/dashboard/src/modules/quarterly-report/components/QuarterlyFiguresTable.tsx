import { formatCount, formatRate, formatWan } from '@jixiao/ui/format';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type { QuarterlyFiguresFieldsFragment } from '../../../generated/graphql';

/** A quarter's figures, one row per item: what the performance section sends and the prefecture reads. */
export function QuarterlyFiguresTable({
  figures,
  testId,
}: {
  figures: QuarterlyFiguresFieldsFragment;
  testId: string;
}) {
  const { t } = useI18n();
  const ex = figures.execution;
  const rows: [string, string, string][] = [
    [
      'targets',
      t('quarterly.targets', { year: figures.year }),
      t('quarterly.projects', {
        count: formatCount(figures.targetProjectCount),
        budget: formatWan(figures.targetBudget),
      }),
    ],
    [
      'execution',
      ex
        ? t('quarterly.execution', { year: ex.checkpointYear, month: ex.checkpointMonth })
        : t('quarterly.noExecution'),
      ex
        ? t('quarterly.executionValue', {
            count: formatCount(ex.projectCount),
            budget: formatWan(ex.budget),
            executed: formatWan(ex.executed),
            rate: formatRate(ex.executionRate),
          })
        : '—',
    ],
    ['flagsRaised', t('quarterly.flagsRaised'), formatCount(figures.flagsRaised)],
    ['flagsClosed', t('quarterly.flagsClosed'), formatCount(figures.flagsClosed)],
    ...figures.evaluations.map((e): [string, string, string] => [
      `evaluations-${e.kind}`,
      t('quarterly.evaluations', { year: e.year, kind: t(`quarterly.kind.${e.kind}` as MessageKey) }),
      t('quarterly.evaluationValue', {
        count: formatCount(e.count),
        budget: formatWan(e.budget),
        excellent: formatCount(e.excellent),
      }),
    ]),
  ];
  return (
    <div className="jx-table-wrap">
      <table className="jx-table" data-testid={testId}>
        <caption className="jx-visually-hidden">
          {t('quarterly.figures', { year: figures.year, quarter: figures.quarter, from: figures.from, to: figures.to })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('quarterly.item')}</th>
            <th scope="col">{t('quarterly.value')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, label, value]) => (
            <tr key={key} data-testid={`${testId}-${key}`}>
              <td style={{ whiteSpace: 'normal' }}>{label}</td>
              <td style={{ whiteSpace: 'normal' }}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
