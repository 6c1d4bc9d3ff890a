// The report's precision (DOMAIN.md): amounts in 亿元 or 万元 rounded half-up to the decimals asked
// (6.45 亿 is a total that rounds to 6.45 亿), rates and shares in percent. Exact: BigInt on the fen.

import { divRoundHalfUp, formatScaled } from '../../rules/decimal.js';
import { parseYuan } from '../../rules/money.js';

export type MoneyUnit = '亿' | '万' | '元';

const FEN_PER: Record<MoneyUnit, bigint> = { 亿: 10_000_000_000n, 万: 1_000_000n, 元: 100n };

/** "645012345.67" yuan in 亿 with 2 decimals → "6.45"; in 万 with 1 → "5532.6". */
export function formatMoney(yuan: string, unit: MoneyUnit, decimals: number): string {
  const fen = parseYuan(yuan, 'amount', { allowNegative: true });
  const scale = 10n ** BigInt(decimals);
  return formatScaled(divRoundHalfUp(fen * scale, FEN_PER[unit]), decimals);
}

/** numerator ÷ denominator as a percentage with `decimals` decimals (no sign): 82/90 → "91"; 0 when nothing to divide. */
export function formatPercent(numerator: bigint, denominator: bigint, decimals: number): string {
  if (denominator === 0n) return formatScaled(0n, decimals);
  const scale = 10n ** BigInt(decimals);
  return formatScaled(divRoundHalfUp(numerator * 100n * scale, denominator), decimals);
}
