import { useI18n } from '../../../app/i18n/i18n';
import { FieldError, fieldProps, type MutationFailure } from '../../work';
import { linkRow, type LinkedRow, type TransferOption } from '../transfer-form';

/** The select "承接上级转移支付目标" of one row of the targets editor; the server's refusal of the link under it. */
export function TransferLinkField({
  row,
  options,
  onChange,
  scope,
  field,
  failure,
  testId,
}: {
  row: LinkedRow;
  options: readonly TransferOption[];
  onChange: (row: LinkedRow) => void;
  scope: string;
  field: string;
  failure: MutationFailure | null;
  testId: string;
}) {
  const { t } = useI18n();
  const picked = options.find((o) => o.id === row.transferIndicatorId) ?? null;
  const optionText = (o: TransferOption) =>
    t('transfer.option', {
      payment: o.paymentName,
      name: o.name,
      upper: o.upperValue,
      unit: o.unitOfMeasure,
      left: o.left,
    });
  return (
    <label className="field target-row__link">
      <span>{t('transfer.link')}</span>
      <select
        value={row.transferIndicatorId ?? ''}
        onChange={(e) => onChange(linkRow(row, options.find((o) => o.id === e.target.value) ?? null))}
        title={picked ? optionText(picked) : t('transfer.linkHint')}
        data-testid={testId}
        {...fieldProps(scope, field, failure)}
      >
        <option value="">{t('transfer.noLink')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {optionText(o)}
          </option>
        ))}
      </select>
      {picked && (
        <span className="muted" data-testid={`${testId}-left`}>
          {t('transfer.picked', { upper: picked.upperValue, unit: picked.unitOfMeasure, left: picked.left })}
        </span>
      )}
      <FieldError scope={scope} field={field} failure={failure} />
    </label>
  );
}
