import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { moneyColumn, unitColumn } from '../../../app/components/table-columns';
import { useI18n } from '../../../app/i18n/i18n';
import type { WorkUnitWideFieldsFragment } from '../../../generated/graphql';
import { GradeWithUncapped } from '../../evaluation';
import {
  cleanAmount,
  FailureBanner,
  FormActions,
  RowButton,
  TextField,
  usePanelStatus,
  useWorkAction,
} from '../../work';
import { EVALUATE_UNIT_WIDE, UNIT_WIDE_QUEUE } from '../graphql/unit-wide.graphql';

type Row = WorkUnitWideFieldsFragment;

/**
 * The finance bureau's one unit-wide evaluation of each unit that has evaluated itself: the performance section
 * gives the score, the server grades it by the rules (caps included) and the grade shows beside it.
 */
export function UnitWideEvaluationQueue({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error } = useQuery(UNIT_WIDE_QUEUE, { variables: { year } });
  const action = useWorkAction();
  const [open, setOpen] = useState<string | null>(null);
  const [score, setScore] = useState('');
  const rows = (data?.unitWideTargets ?? []).filter((r) => r.selfSubmittedOn);
  const evaluation = (r: Row) => data?.evaluations.edges.find((e) => e.node.id === r.evaluationId)?.node ?? null;
  const current = rows.find((r) => r.id === open) ?? null;
  const evaluate = async (r: Row) => {
    const done = await action.run(
      () =>
        action.client.mutate({
          mutation: EVALUATE_UNIT_WIDE,
          variables: { id: r.id, score: cleanAmount(score), version: r.version },
        }),
      () => t('unitwide.evaluate.doneToast', { unit: r.unitName }),
    );
    if (done !== null) {
      setOpen(null);
      setScore('');
    }
  };
  const title = t('unitwide.evaluate.title', { year });
  return (
    <Panel
      title={title}
      subtitle={t('unitwide.evaluate.subtitle')}
      {...usePanelStatus(data, error)}
      minHeight={140}
      testId="panel-unit-wide-evaluation"
    >
      <FailureBanner failure={open ? null : action.failure} onReload={() => void action.reload()} />
      <DataTable
        caption={title}
        rows={rows}
        rowKey={(r) => r.id}
        status={rows.length ? 'ready' : 'empty'}
        emptyText={t('unitwide.evaluate.none')}
        testId="unit-wide-evaluation-queue"
        columns={[
          unitColumn(t('work.unit'), '170px', (r: Row) => ({ name: r.unitName })),
          moneyColumn('budget', t('unitwide.budgetWan'), (r: Row) => r.budget),
          moneyColumn('executed', t('unitwide.evaluate.executed'), (r: Row) => r.selfExecuted),
          {
            key: 'self',
            header: t('unitwide.evaluate.selfScore'),
            width: '90px',
            align: 'right',
            cell: (r: Row) => r.selfScore ?? '—',
          },
          { key: 'date', header: t('unitwide.evaluate.selfOn'), width: '100px', cell: (r: Row) => r.selfSubmittedOn },
          {
            key: 'result',
            header: t('unitwide.evaluate.result'),
            cell: (r: Row) => {
              const e = evaluation(r);
              if (!e)
                return (
                  <RowButton
                    primary
                    onClick={() => {
                      action.clear();
                      setOpen(r.id);
                    }}
                    testId={`unit-wide-evaluate-${r.unitName}`}
                  >
                    {t('unitwide.evaluate.start')}
                  </RowButton>
                );
              return (
                <span data-testid={`unit-wide-result-${r.unitName}`}>
                  {e.score}{' '}
                  <GradeWithUncapped
                    grade={e.grade}
                    uncappedGrade={e.uncappedGrade}
                    cappedBecause={e.cappedBecause}
                    byScore={t('unitwide.evaluate.byScore')}
                    testId={`unit-wide-grade-${r.unitName}`}
                  />
                </span>
              );
            },
          },
        ]}
      />
      {current && (
        <form
          className="work-form"
          onSubmit={(e) => {
            e.preventDefault();
            void evaluate(current);
          }}
          data-testid="unit-wide-evaluate-form"
          noValidate
        >
          <h3 className="work-form__title">{t('unitwide.evaluate.formTitle', { unit: current.unitName })}</h3>
          <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
          <TextField
            label={t('unitwide.evaluate.score')}
            inputMode="decimal"
            value={score}
            onChange={setScore}
            autoFocus
            testId="unit-wide-evaluate-score"
            scope="unit-wide-evaluate"
            field="score"
            failure={action.failure}
          />
          <FormActions
            busy={action.busy}
            submit={t('unitwide.evaluate.submit')}
            submitTestId="unit-wide-evaluate-submit"
            onCancel={() => setOpen(null)}
          />
        </form>
      )}
    </Panel>
  );
}
