import type { CSSProperties, ReactNode } from 'react';
import { INDICATOR_LEVEL1_LABELS } from '@jixiao/schema/enums';
import { DataTable } from '@jixiao/ui/data-table';
import { useI18n } from '../../../app/i18n/i18n';
import type { MessageKey } from '../../../app/i18n/messages';
import {
  changeCounts,
  indicatorChanges,
  type ComparedField,
  type DraftIndicator,
  type IndicatorChange,
} from '../adjustment-form';
import { comparatorSymbol, label } from './TargetPieces';

const MARK: CSSProperties = {
  background: 'var(--jx-warning-soft)',
  color: 'inherit',
  fontWeight: 600,
  padding: '0 2px',
  borderRadius: 3,
};

/** One side of an indicator in the comparison; the values that differ from the other side are marked. */
function DraftValues({ ind, changed }: { ind: DraftIndicator; changed: readonly ComparedField[] }) {
  const { t } = useI18n();
  const part = (field: ComparedField, content: ReactNode) =>
    changed.includes(field) ? (
      <mark style={MARK} data-changed={field}>
        {content}
      </mark>
    ) : (
      content
    );
  const qualitative = ind.comparator === 'QUALITATIVE';
  return (
    <span>
      {part('comparator', comparatorSymbol(ind.comparator))}{' '}
      {qualitative ? part('targetText', ind.targetText ?? '') : part('targetValue', ind.targetValue ?? '—')}{' '}
      {!qualitative && part('unitOfMeasure', ind.unitOfMeasure ?? '')}
      <span className="muted">
        {' · '}
        {t('targets.weight')} {part('weight', Number(ind.weight))}
      </span>
      {changed.includes('level2') && (
        <>
          {' · '}
          {part('level2', ind.level2)}
        </>
      )}
      {(ind.isKey || changed.includes('isKey')) && (
        <>
          {' · '}
          {part('isKey', ind.isKey ? t('tadjust.key') : <s>{t('tadjust.key')}</s>)}
        </>
      )}
    </span>
  );
}

const KIND_TONE: Record<IndicatorChange['kind'], string> = {
  changed: 'reviewed',
  added: 'confirmed',
  removed: 'draft',
  unchanged: 'none',
};

/** The before → after comparison of an adjustment: one line per indicator, changed values marked, added and removed ones labelled. */
export function AdjustmentComparison({
  adjustment,
  testId,
}: {
  adjustment: { before: readonly DraftIndicator[]; proposed: readonly DraftIndicator[] };
  testId: string;
}) {
  const { t, lang } = useI18n();
  const lines = indicatorChanges(adjustment.before, adjustment.proposed);
  const counts = changeCounts(lines);
  return (
    <div data-testid={testId}>
      <p className="muted" style={{ margin: '0 0 6px', fontSize: 13 }} data-testid={`${testId}-summary`}>
        {t('tadjust.compare')} · {t('tadjust.summary', counts)}
      </p>
      <DataTable
        caption={t('tadjust.compare')}
        rows={lines.map((line, i) => ({ line, i }))}
        rowKey={(r) => String(r.i)}
        status={lines.length ? 'ready' : 'empty'}
        columns={[
          {
            key: 'kind',
            header: '',
            width: '96px',
            cell: ({ line, i }) => (
              <span
                className={`badge badge--state-${KIND_TONE[line.kind]}`}
                data-testid={`${testId}-kind-${i}`}
                data-kind={line.kind}
              >
                {t(`tadjust.kind.${line.kind}` as MessageKey)}
              </span>
            ),
          },
          {
            key: 'name',
            header: t('tadjust.indicator'),
            cell: ({ line }) => {
              const ind = (line.after ?? line.before)!;
              return (
                <span title={`${label(INDICATOR_LEVEL1_LABELS, ind.level1, lang)} · ${ind.level2} · ${ind.name}`}>
                  {ind.name} <span className="muted">{label(INDICATOR_LEVEL1_LABELS, ind.level1, lang)}</span>
                </span>
              );
            },
          },
          {
            key: 'before',
            header: t('tadjust.before'),
            width: '30%',
            cell: ({ line, i }) =>
              line.before ? (
                <span
                  data-testid={`${testId}-before-${i}`}
                  style={line.kind === 'removed' ? { textDecoration: 'line-through' } : undefined}
                >
                  <DraftValues ind={line.before} changed={line.changed} />
                </span>
              ) : (
                <span className="muted">—</span>
              ),
          },
          {
            key: 'after',
            header: t('tadjust.after'),
            width: '30%',
            cell: ({ line, i }) =>
              line.after ? (
                <span data-testid={`${testId}-after-${i}`}>
                  <DraftValues ind={line.after} changed={line.changed} />
                </span>
              ) : (
                <span className="muted">—</span>
              ),
          },
        ]}
      />
    </div>
  );
}
