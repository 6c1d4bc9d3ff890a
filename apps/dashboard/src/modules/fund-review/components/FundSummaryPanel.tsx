import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FUND_FAMILY_LABELS, GRADE_LABELS } from '@jixiao/schema/enums';
import { formatRate, formatYuan } from '@jixiao/ui/format';
import { Panel } from '@jixiao/ui/panel';
import { useI18n } from '../../../app/i18n/i18n';
import type { FundFamilySummariesQuery } from '../../../generated/graphql';
import { FailureBanner, FormActions, TextField, usePanelStatus, useWorkAction } from '../../work';
import { FUND_FAMILY_SUMMARIES, SEND_FUND_FAMILY_SUMMARY } from '../graphql/fund-review.graphql';

type Summary = FundFamilySummariesQuery['fundFamilySummaries'][number];

/** One summary as sent: its figures (from the data when sent) and the section's text. */
function SummaryCard({ s }: { s: Summary }) {
  const { t, lang } = useI18n();
  const grades = s.grades.buckets.map((b) => `${GRADE_LABELS[b.grade][lang]} ${b.count}`).join(' / ');
  const rows: [string, string][] = [
    [t('fund.projects'), String(s.targets.projectCount)],
    [t('fund.budget'), formatYuan(s.targets.budget)],
    ...(s.execution
      ? ([
          [t('fund.executed'), formatYuan(s.execution.executed)],
          [t('fund.rate'), formatRate(s.execution.executionRate)],
        ] as [string, string][])
      : []),
    ...(s.flags ? ([[t('fund.flags'), `${s.flags.yellow} / ${s.flags.red}`]] as [string, string][]) : []),
  ];
  return (
    <section className="work-form" data-testid={`fund-summary-${s.fundFamily}`}>
      <h3 className="work-form__title">
        {FUND_FAMILY_LABELS[s.fundFamily][lang]} · {s.sectionName}
      </h3>
      <p className="muted">
        {t('fund.sentOn', { date: s.sentOn, name: s.sentByName ?? '—', version: s.version })}
        {s.checkpointMonth ? ` · ${t('fund.asOf', { month: s.checkpointMonth })}` : ''}
      </p>
      <dl className="flag-card__facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('fund.grades', { year: s.gradesYear, grades })}</p>
      <p style={{ whiteSpace: 'pre-wrap' }}>{s.text}</p>
    </section>
  );
}

/**
 * The fund-family summaries (各资金类别绩效总结, 20 November): a fund-owning section sends its family's (the figures
 * come from the data, it writes the text); the performance section reads every family's.
 */
export function FundSummaryPanel({ year, mode }: { year: number; mode: 'send' | 'read' }) {
  const { t } = useI18n();
  const q = useQuery(FUND_FAMILY_SUMMARIES, { variables: { year } });
  const list = q.data?.fundFamilySummaries ?? [];
  const own = mode === 'send' ? (list[0] ?? null) : null;
  // The text being written; until then, what was sent.
  const [draft, setText] = useState<string | null>(null);
  const text = draft ?? own?.text ?? '';
  const action = useWorkAction();
  const send = () =>
    action.run(
      () =>
        action.client.mutate({
          mutation: SEND_FUND_FAMILY_SUMMARY,
          variables: { year, text, version: own?.version ?? null },
        }),
      () => t('fund.sentToast', { year }),
    );
  return (
    <Panel
      title={t(mode === 'send' ? 'fund.summaryTitle' : 'fund.summariesTitle', { year })}
      subtitle={t(mode === 'send' ? 'fund.summarySubtitle' : 'fund.summariesSubtitle')}
      {...usePanelStatus(q.data, q.error, mode === 'read' && list.length === 0)}
      emptyText={t('fund.none')}
      minHeight={140}
      testId={mode === 'send' ? 'panel-fund-summary' : 'panel-fund-summaries'}
    >
      {mode === 'send' && (
        <form
          className="work-form"
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
          data-testid="fund-summary-form"
        >
          <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
          {!own && <p className="muted">{t('fund.notSent')}</p>}
          <TextField
            label={t('fund.summaryText')}
            rows={5}
            value={text}
            onChange={setText}
            testId="fund-summary-text"
            scope="fund-summary"
            field="text"
            failure={action.failure}
          />
          <FormActions
            busy={action.busy}
            submit={own ? t('fund.sendAgain') : t('fund.send')}
            submitTestId="fund-summary-send"
            keepLabel
          />
        </form>
      )}
      {(mode === 'send' ? (own ? [own] : []) : list).map((s) => (
        <SummaryCard key={`${s.fundFamily}-${s.sectionName}`} s={s} />
      ))}
    </Panel>
  );
}
