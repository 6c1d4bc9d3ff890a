import { formatCount } from '@jixiao/ui/format';
import type { CursorPages } from '../apollo/use-cursor-pages';
import { useI18n } from '../i18n/i18n';

/** "第 2 页 · 共 321 条" with previous and next buttons. */
export function Pager({
  page,
  pageSize,
  totalCount,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: {
  page: number;
  pageSize: number;
  totalCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { t } = useI18n();
  const first = totalCount === 0 ? 0 : page * pageSize + 1;
  const last = Math.min(totalCount, (page + 1) * pageSize);
  return (
    <div className="pager" data-testid="pager">
      <span className="pager__range" aria-live="polite">
        {t('pager.range', { first: formatCount(first), last: formatCount(last), total: formatCount(totalCount) })}
      </span>
      <button
        type="button"
        className="button button--small"
        onClick={onPrevious}
        disabled={!hasPrevious}
        data-testid="pager-previous"
      >
        {t('pager.previous')}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={onNext}
        disabled={!hasNext}
        data-testid="pager-next"
      >
        {t('pager.next')}
      </button>
    </div>
  );
}

/** The pager of a list read with useCursorPages; `onTurn` runs as the page turns (to drop a selection). */
export function CursorPager({
  pages,
  pageSize,
  onTurn,
}: {
  pages: CursorPages<unknown>;
  pageSize: number;
  onTurn?: () => void;
}) {
  return (
    <Pager
      page={pages.page}
      pageSize={pageSize}
      totalCount={pages.totalCount}
      hasPrevious={pages.hasPrevious}
      hasNext={pages.hasNext}
      onPrevious={() => {
        pages.previous();
        onTurn?.();
      }}
      onNext={() => {
        pages.next();
        onTurn?.();
      }}
    />
  );
}
