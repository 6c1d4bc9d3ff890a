import { INDICATOR_LEVEL1_LABELS } from '@jixiao/schema/enums';
import { useI18n } from '../../../app/i18n/i18n';
import { FieldError, type MutationFailure, RowButton, TextField } from '../../work';
import { weightTotal, type TargetRowDraft } from '../targets-form';
import type { LinkedRow, TransferOption } from '../transfer-form';
import { comparatorSymbol, label } from './TargetPieces';
import { TransferLinkField } from './TransferLinkField';

/**
 * The indicator rows of a targets editor (the unit's targets, or an adjustment's copy): target value or
 * text, unit, weight, removal; the weights' total; each row's reviewer comment beside it. Errors of the
 * server's `indicators[i].field` show under row i.
 */
export function IndicatorRowsEditor({
  rows,
  setRows,
  failure: f,
  scope,
  comments,
  transferTargets,
}: {
  rows: TargetRowDraft[];
  setRows: React.Dispatch<React.SetStateAction<TargetRowDraft[]>>;
  failure: MutationFailure | null;
  scope: string;
  /** Reviewer comments by the indicator a row came from. */
  comments?: ReadonlyMap<string, string>;
  /** For a TRANSFER_PAYMENT project: the upper targets a row may carry a share of. */
  transferTargets?: readonly TransferOption[] | null;
}) {
  const { t, lang } = useI18n();
  const total = weightTotal(rows);
  const set = (i: number, patch: Partial<TargetRowDraft>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="work-fieldset">
      <legend>
        {t('targets.rows')} ·{' '}
        <span data-testid="targets-weight-total" className={total === 100 ? '' : 'todo__late'}>
          {t('targets.weightTotal', { total })}
        </span>
      </legend>
      {rows.length === 0 && <p className="muted">{t('targets.noRows')}</p>}
      <div className="indicator-rows">
        {rows.map((r, i) => {
          const qualitative = r.comparator === 'QUALITATIVE';
          const field = (name: string) => `indicators[${i}].${name}`;
          const comment = r.sourceId ? comments?.get(r.sourceId) : undefined;
          const control = { scope, failure: f };
          return (
            <div className="target-row" key={i} data-testid={`target-row-${i}`}>
              <div className="indicator-row__name">
                <strong>{r.name}</strong>
                {!r.templateId && (
                  <span className="badge badge--cap" title={t('targets.ownTitle')} data-testid={`target-own-${i}`}>
                    {t('targets.ownBadge')}
                  </span>
                )}
                <div className="muted">
                  {label(INDICATOR_LEVEL1_LABELS, r.level1, lang)} · {r.level2} · {comparatorSymbol(r.comparator)}
                </div>
                {comment && (
                  <p className="work-note target-row__comment" data-testid={`target-comment-${i}`}>
                    {t('tadjust.indicatorComment', { comment })}
                  </p>
                )}
                <FieldError scope={scope} field={field('name')} failure={f} />
                {transferTargets && !qualitative && (
                  <TransferLinkField
                    row={r as LinkedRow}
                    options={transferTargets}
                    onChange={(next) => setRows((rs) => rs.map((x, j) => (j === i ? next : x)))}
                    scope={scope}
                    field={field('transferIndicatorId')}
                    failure={f}
                    testId={`target-transfer-${i}`}
                  />
                )}
              </div>
              {qualitative ? (
                <TextField
                  label={t('targets.targetText')}
                  value={r.targetText}
                  onChange={(targetText) => set(i, { targetText })}
                  testId={`target-text-${i}`}
                  field={field('targetText')}
                  {...control}
                />
              ) : (
                <TextField
                  label={t('targets.targetValue')}
                  inputMode="decimal"
                  value={r.targetValue}
                  onChange={(targetValue) => set(i, { targetValue })}
                  testId={`target-value-${i}`}
                  field={field('targetValue')}
                  {...control}
                />
              )}
              <TextField
                label={t('targets.unit')}
                value={r.unitOfMeasure}
                onChange={(unitOfMeasure) => set(i, { unitOfMeasure })}
                disabled={qualitative}
                testId={`target-unit-${i}`}
                field={field('unitOfMeasure')}
                {...control}
              />
              <TextField
                label={t('targets.weight')}
                inputMode="decimal"
                value={r.weight}
                onChange={(weight) => set(i, { weight })}
                testId={`target-weight-${i}`}
                field={field('weight')}
                {...control}
              />
              <RowButton
                ariaLabel={t('targets.removeRow', { name: r.name })}
                onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                testId={`target-remove-${i}`}
              >
                {t('targets.remove')}
              </RowButton>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
