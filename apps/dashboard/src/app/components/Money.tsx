import { formatYuan, formatYuanExact } from '@jixiao/ui/format';
import { useI18n } from '../i18n/i18n';

/**
 * The width of a table column of amounts: the widest amount shown whole ("-9,999.99 万元"; above it the unit is
 * 亿元, and English stops at "-¥999.99M"), in em of the table's font so it holds with any font size.
 */
export const AMOUNT_WIDTH = '9.5em';

/** An amount in 万元/亿元, the exact yuan in its tooltip (and read out by screen readers). */
export function Money({ yuan, decimals }: { yuan: string | null | undefined; decimals?: number }) {
  const { lang } = useI18n();
  if (yuan === null || yuan === undefined) return <span className="muted">—</span>;
  const exact = formatYuanExact(yuan, lang);
  return (
    <span className="money" title={exact} aria-label={exact}>
      {formatYuan(yuan, { locale: lang, decimals })}
    </span>
  );
}
