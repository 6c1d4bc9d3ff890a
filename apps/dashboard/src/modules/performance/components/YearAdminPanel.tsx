import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import { checkpointName } from '../../../app/i18n/translate';
import { FailureBanner, FieldError, RowButton, usePanelStatus, useWorkAction } from '../../work';
import { OPEN_YEAR, SET_CHECKPOINT_DATES, SET_DEADLINE_DATE, YEAR_ADMIN } from '../graphql/year.graphql';

/** Dates being edited, by row id: a checkpoint's [periodEnd, reportDue], a deadline's [dueOn]. */
type Edits = Record<string, string[]>;

/**
 * 年度管理: the performance section opens a year (rules copied, checkpoints and calendar made by the server)
 * and moves its dates before they come. Every check is the server's; its refusals show on the form.
 */
export function YearAdminPanel() {
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState<number | null>(null);
  const current = new Date().getFullYear();
  const year = chosen ?? current;
  const { data, error } = useQuery(YEAR_ADMIN, { variables: { year } });
  const action = useWorkAction();
  const [edits, setEdits] = useState<Edits>({});
  const checkpoints = data?.checkpoints ?? [];
  const deadlines = (data?.deadlines ?? []).filter((d) => d.id !== null);
  const opened = checkpoints.length > 0 || deadlines.length > 0;
  const base = data?.years.currentYear ?? current;
  const choices = [base - 2, base - 1, base, base + 1];
  const edit = (id: string, i: number, value: string, initial: string[]) =>
    setEdits((e) => ({ ...e, [id]: Object.assign([...(e[id] ?? initial)], { [i]: value }) }));
  const dateInput = (id: string, i: number, initial: string[], label: string) => (
    <input
      type="text"
      className="input input--small"
      placeholder="YYYY-MM-DD"
      maxLength={10}
      size={10}
      aria-label={label}
      data-testid={`date-${id}-${i}`}
      value={(edits[id] ?? initial)[i]}
      onChange={(e) => edit(id, i, e.target.value, initial)}
    />
  );
  const openYear = () =>
    action.run(
      () => action.client.mutate({ mutation: OPEN_YEAR, variables: { year } }),
      () => t('yearAdmin.opened', { year }),
    );
  return (
    <Panel
      title={t('yearAdmin.title', { year })}
      subtitle={t('yearAdmin.subtitle')}
      {...usePanelStatus(data, error, false)}
      minHeight={120}
      testId="panel-year-admin"
      actions={
        <div className="form-row" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <select
            className="input input--small"
            aria-label={t('yearAdmin.year')}
            data-testid="year-admin-year"
            value={year}
            onChange={(e) => {
              setChosen(Number(e.target.value));
              setEdits({});
              action.clear();
            }}
          >
            {choices.map((y) => (
              <option key={y} value={y}>
                {t('yearAdmin.yearOption', { year: y })}
              </option>
            ))}
          </select>
          <RowButton primary testId="open-year" disabled={opened || action.busy} onClick={() => void openYear()}>
            {opened ? t('yearAdmin.isOpen') : t('yearAdmin.open')}
          </RowButton>
        </div>
      }
    >
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      {['periodEnd', 'reportDue', 'dueOn', 'year'].map((field) => (
        <FieldError key={field} scope="year-admin" field={field} failure={action.failure} />
      ))}
      {!opened && <p className="muted">{t('yearAdmin.notOpen', { year })}</p>}
      {opened && (
        <>
          <DataTable
            caption={t('yearAdmin.checkpoints')}
            rows={checkpoints}
            rowKey={(c) => c.id}
            status="ready"
            columns={[
              {
                key: 'name',
                header: t('yearAdmin.checkpoint'),
                cell: (c) =>
                  `${checkpointName(t, c.month)}${c.scope === 'UNIT_WIDE' ? `（${t('cp.scope.UNIT_WIDE')}）` : ''}`,
              },
              {
                key: 'periodEnd',
                header: t('cp.periodEnd'),
                width: '150px',
                cell: (c) =>
                  c.status === 'PLANNED'
                    ? dateInput(c.id, 0, [c.periodEnd, c.reportDue], t('cp.periodEnd'))
                    : c.periodEnd,
              },
              {
                key: 'reportDue',
                header: t('cp.reportDue'),
                width: '150px',
                cell: (c) =>
                  c.status === 'PLANNED'
                    ? dateInput(c.id, 1, [c.periodEnd, c.reportDue], t('cp.reportDue'))
                    : c.reportDue,
              },
              {
                key: 'status',
                header: t('work.status'),
                width: '90px',
                cell: (c) => t(`cp.status.${c.status}` as MessageKey),
              },
              {
                key: 'save',
                header: '',
                width: '80px',
                cell: (c) =>
                  c.status === 'PLANNED' && edits[c.id] ? (
                    <RowButton
                      testId={`save-cp-${c.month}-${c.scope}`}
                      disabled={action.busy}
                      onClick={() =>
                        void action.run(
                          () =>
                            action.client.mutate({
                              mutation: SET_CHECKPOINT_DATES,
                              variables: {
                                id: c.id,
                                periodEnd: edits[c.id]![0]!,
                                reportDue: edits[c.id]![1]!,
                                version: c.version,
                              },
                            }),
                          () => t('yearAdmin.saved'),
                        )
                      }
                    >
                      {t('yearAdmin.save')}
                    </RowButton>
                  ) : null,
              },
            ]}
          />
          <DataTable
            caption={t('yearAdmin.deadlines')}
            rows={deadlines}
            rowKey={(d) => d.id!}
            status="ready"
            columns={[
              { key: 'title', header: t('yearAdmin.deadline'), cell: (d) => (lang === 'en' ? d.titleEn : d.titleZh) },
              {
                key: 'dueOn',
                header: t('yearAdmin.dueOn'),
                width: '150px',
                cell: (d) => dateInput(d.id!, 0, [d.dueOn], t('yearAdmin.dueOn')),
              },
              {
                key: 'save',
                header: '',
                width: '80px',
                cell: (d) =>
                  edits[d.id!] ? (
                    <RowButton
                      testId={`save-deadline-${d.kind}`}
                      disabled={action.busy}
                      onClick={() =>
                        void action.run(
                          () =>
                            action.client.mutate({
                              mutation: SET_DEADLINE_DATE,
                              variables: { id: d.id!, dueOn: edits[d.id!]![0]! },
                            }),
                          () => t('yearAdmin.saved'),
                        )
                      }
                    >
                      {t('yearAdmin.save')}
                    </RowButton>
                  ) : null,
              },
            ]}
          />
        </>
      )}
    </Panel>
  );
}
