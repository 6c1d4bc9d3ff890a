import { useQuery } from '@apollo/client/react';
import { Panel } from '@jixiao/ui/panel';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { FailureBanner, FieldError, FormActions, RowButton, TextField, useWorkAction } from '../../work';
import { ASSEMBLE_QUARTERLY_REPORT, QUARTERLY_REPORTS, SUBMIT_QUARTERLY_REPORT } from '../graphql/quarterly.graphql';
import { QuarterlyFiguresTable } from './QuarterlyFiguresTable';
import { QuarterlyReportCard } from './QuarterlyReportCard';

/** The quarter that ended last (Beijing time is close enough to pick a default; the server checks). */
function lastEndedQuarter(now = new Date()): { year: number; quarter: number } {
  const q = Math.floor(now.getMonth() / 3);
  return q === 0 ? { year: now.getFullYear() - 1, quarter: 4 } : { year: now.getFullYear(), quarter: q };
}

/**
 * 季度上报: the performance section assembles a quarter's figures from the data, writes the text and sends
 * the report to the prefecture; a returned one shows its comment and is sent again. Below, every report sent.
 */
export function QuarterlySubmitPanel() {
  const { t } = useI18n();
  const last = lastEndedQuarter();
  const [year, setYear] = useState(last.year);
  const [quarter, setQuarter] = useState(last.quarter);
  const [assembled, setAssembled] = useState(false);
  const [text, setText] = useState('');
  const action = useWorkAction();
  const figures = useQuery(ASSEMBLE_QUARTERLY_REPORT, { variables: { year, quarter }, skip: !assembled });
  const reports = useQuery(QUARTERLY_REPORTS, { variables: {} });
  const list = reports.data?.quarterlyReports ?? [];
  const existing = list.find((r) => r.year === year && r.quarter === quarter) ?? null;
  const canSend = !existing || existing.status === 'RETURNED';
  const pick = (y: number, q: number) => {
    setYear(y);
    setQuarter(q);
    setAssembled(false);
    action.clear();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: SUBMIT_QUARTERLY_REPORT,
          variables: { year, quarter, text, version: existing?.version ?? null },
        }),
      () => t('quarterly.submitted', { quarter }),
    );
    if (done) {
      setText('');
      setAssembled(false);
    }
  };
  const years = [0, 1, 2, 3, 4].map((n) => last.year - n);
  return (
    <div className="dashboard__grid">
      <Panel
        title={t('quarterly.title')}
        subtitle={t('quarterly.subtitle')}
        status="ready"
        minHeight={0}
        testId="panel-quarterly-submit"
      >
        <form className="work-form" onSubmit={(e) => void submit(e)} data-testid="quarterly-form">
          <div className="form-row" style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
            <select
              className="input input--small"
              aria-label={t('quarterly.year')}
              data-testid="quarterly-year"
              value={year}
              onChange={(e) => pick(Number(e.target.value), quarter)}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
            <select
              className="input input--small"
              aria-label={t('quarterly.quarter')}
              data-testid="quarterly-quarter"
              value={quarter}
              onChange={(e) => pick(year, Number(e.target.value))}
            >
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  {t('quarterly.quarterOption', { quarter: q })}
                </option>
              ))}
            </select>
            <RowButton testId="quarterly-assemble" onClick={() => setAssembled(true)}>
              {t('quarterly.assemble')}
            </RowButton>
          </div>
          <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
          {['year', 'quarter', 'version'].map((field) => (
            <FieldError key={field} scope="quarterly" field={field} failure={action.failure} />
          ))}
          {existing?.returnComment && (
            <p className="work-alert" data-testid="quarterly-returned-note">
              {t('quarterly.returnComment', { comment: existing.returnComment })}
            </p>
          )}
          {figures.data && (
            <>
              <h3>
                {t('quarterly.figures', {
                  year,
                  quarter,
                  from: figures.data.assembleQuarterlyReport.from,
                  to: figures.data.assembleQuarterlyReport.to,
                })}
              </h3>
              <QuarterlyFiguresTable figures={figures.data.assembleQuarterlyReport} testId="quarterly-draft" />
              <TextField
                label={t('quarterly.text')}
                hint={t('quarterly.textHint')}
                scope="quarterly"
                field="text"
                failure={action.failure}
                value={text}
                onChange={setText}
                rows={6}
                maxLength={10000}
                testId="quarterly-text"
              />
              <FormActions
                busy={action.busy}
                disabled={!canSend}
                submit={existing?.status === 'RETURNED' ? t('quarterly.resubmit') : t('quarterly.submit')}
                submitTestId="quarterly-submit"
              />
            </>
          )}
        </form>
      </Panel>
      <Panel
        title={t('quarterly.history')}
        status={reports.data ? (list.length ? 'ready' : 'empty') : reports.error ? 'error' : 'loading'}
        emptyText={t('quarterly.noReports')}
        minHeight={0}
        testId="panel-quarterly-history"
      >
        {list.map((r) => (
          <QuarterlyReportCard key={r.id} report={r} />
        ))}
      </Panel>
    </div>
  );
}
