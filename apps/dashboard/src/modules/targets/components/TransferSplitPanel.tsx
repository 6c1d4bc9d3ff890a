import { useQuery } from '@apollo/client/react';
import { INDICATOR_LEVEL1_LABELS } from '@jixiao/schema/enums';
import { DataTable } from '@jixiao/ui/data-table';
import { Panel } from '@jixiao/ui/panel';
import { Money } from '../../../app/components/Money';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import type { TransferPaymentsQuery } from '../../../generated/graphql';
import { FailureBanner, usePanelStatus, useWorkAction } from '../../work';
import { CONFIRM_TRANSFER_SPLIT, TRANSFER_PAYMENTS } from '../graphql/transfer.graphql';
import { splitTone } from '../transfer-form';
import { comparatorSymbol, label } from './TargetPieces';
import { projectColumn, unitColumn } from '../../../app/components/table-columns';

type Payment = TransferPaymentsQuery['transferPayments'][number];
type Target = Payment['indicators'][number];
type Split = Target['splits'][number];

// The shared stylesheet has no transfer-split styles: the few this tab needs stay beside it.
const CARD: React.CSSProperties = {
  border: '1px solid var(--jx-border)',
  borderRadius: 8,
  padding: '12px 14px',
  marginBottom: 14,
};
const HEADER: React.CSSProperties = {
  display: 'flex',
  justifyContent: 'space-between',
  alignItems: 'flex-start',
  gap: 12,
  marginBottom: 8,
};
const FIGURES: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '4px 32px', margin: '6px 0 8px' };
const FIGURE_VALUE: React.CSSProperties = { margin: 0, fontWeight: 600, fontVariantNumeric: 'tabular-nums' };
const TARGET: React.CSSProperties = { borderTop: '1px dashed var(--jx-border)', paddingTop: 8, marginTop: 8 };

/** One upper target: its figures (the difference red unless it adds up) and the projects' shares in scope. */
function TargetSplit({ target, testId }: { target: Target; testId: string }) {
  const { t, lang } = useI18n();
  const tone = splitTone(target.difference);
  const hidden = target.splitCount - target.splits.length;
  const unit = target.unitOfMeasure;
  return (
    <div className="transfer-target" style={TARGET} data-testid={testId} data-tone={tone}>
      <h4 className="transfer-target__name" style={{ margin: '0 0 4px', fontSize: 14 }}>
        {target.name}{' '}
        <span className="muted">
          {label(INDICATOR_LEVEL1_LABELS, target.level1, lang)} · {target.level2} ·{' '}
          {comparatorSymbol(target.comparator)}
        </span>
      </h4>
      <dl className="transfer-figures" style={FIGURES}>
        <div>
          <dt className="muted">{t('transfer.upper')}</dt>
          <dd style={FIGURE_VALUE} data-testid={`${testId}-upper`}>
            {target.upperValue} {unit}
          </dd>
        </div>
        <div>
          <dt className="muted">{t('transfer.splitSum')}</dt>
          <dd style={FIGURE_VALUE} data-testid={`${testId}-sum`}>
            {target.splitSum} {unit}
          </dd>
        </div>
        <div>
          <dt className="muted">{t('transfer.difference')}</dt>
          <dd
            style={FIGURE_VALUE}
            data-testid={`${testId}-difference`}
            className={tone === 'ok' ? 'good' : 'todo__late'}
          >
            {target.difference} {unit} · {t(`transfer.state.${tone}` as MessageKey)}
          </dd>
        </div>
      </dl>
      <DataTable
        caption={t('transfer.rows', { count: target.splits.length })}
        rows={target.splits}
        rowKey={(s) => s.indicatorId}
        status={target.splits.length ? 'ready' : 'empty'}
        emptyText={t('transfer.noRows')}
        testId={`${testId}-rows`}
        columns={[
          projectColumn(t('transfer.project'), (s: Split) => ({ code: s.projectCode, name: s.projectName })),
          unitColumn(t('transfer.unit'), '22%', (s: Split) => ({ name: s.unitName })),
          {
            key: 'indicator',
            header: t('transfer.indicator'),
            width: '20%',
            cell: (s) => <span title={s.indicatorName}>{s.indicatorName}</span>,
          },
          {
            key: 'value',
            header: t('transfer.value'),
            width: '90px',
            align: 'right',
            cell: (s) => `${s.value} ${unit}`,
          },
          {
            key: 'status',
            header: t('transfer.status'),
            width: '90px',
            cell: (s) => t(`targets.status.${s.targetStatus}` as MessageKey),
          },
        ]}
      />
      {hidden > 0 && (
        <p className="muted" data-testid={`${testId}-hidden`}>
          {t('transfer.hiddenRows', { count: hidden })}
        </p>
      )}
    </div>
  );
}

/** One transfer payment: its targets and the confirmation (refused by the server while a target does not add up). */
function PaymentCard({ payment, index }: { payment: Payment; index: number }) {
  const { t } = useI18n();
  const action = useWorkAction();
  const confirm = () =>
    void action.run(
      () =>
        action.client.mutate({
          mutation: CONFIRM_TRANSFER_SPLIT,
          variables: { id: payment.id, version: payment.version },
        }),
      () => t('transfer.confirmed', { name: payment.name }),
    );
  return (
    <article
      className="transfer-payment"
      style={CARD}
      data-testid={`transfer-payment-${index}`}
      data-confirmed={payment.splitConfirmedOn ? 'true' : 'false'}
    >
      <header className="transfer-payment__header" style={HEADER}>
        <div>
          <h3 className="work-form__title" style={{ margin: 0 }}>
            {payment.name}
          </h3>
          <div className="muted">
            {t('transfer.document', { doc: payment.documentNo })}
            <Money yuan={payment.amount} />
            {' · '}
            <span data-testid={`transfer-payment-${index}-state`}>
              {payment.splitConfirmedOn
                ? t('transfer.confirmedOn', { date: payment.splitConfirmedOn })
                : t('transfer.notConfirmed')}
            </span>
          </div>
        </div>
        <button
          type="button"
          className="button button--primary"
          disabled={action.busy}
          onClick={confirm}
          data-testid={`transfer-confirm-${index}`}
        >
          {action.busy ? t('work.busy') : t('transfer.confirm')}
        </button>
      </header>
      <FailureBanner failure={action.failure} onReload={() => void action.reload()} />
      {payment.indicators.map((target, j) => (
        <TargetSplit key={target.id} target={target} testId={`transfer-target-${index}-${j}`} />
      ))}
    </article>
  );
}

/** The performance section's tab: every transfer payment of the budget year with its targets' split, and its confirmation. */
export function TransferSplitPanel({ year }: { year: number }) {
  const { t } = useI18n();
  // Like the targets being drafted and approved, the split is of the next budget year's payments.
  const next = year + 1;
  const { data, error } = useQuery(TRANSFER_PAYMENTS, { variables: { year: next } });
  // Those that do not add up first: they are the work; the rest keep the server's order.
  const payments = [...(data?.transferPayments ?? [])].sort((a, b) => Number(a.ok) - Number(b.ok));
  return (
    <Panel
      title={t('transfer.title', { year: next })}
      subtitle={t('transfer.subtitle')}
      {...usePanelStatus(data, error, payments.length === 0)}
      emptyText={t('transfer.empty')}
      minHeight={160}
      testId="panel-transfer-splits"
    >
      <div className="transfer-payments">
        {payments.map((p, i) => (
          <PaymentCard key={p.id} payment={p} index={i} />
        ))}
      </div>
    </Panel>
  );
}
