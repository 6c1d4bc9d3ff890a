import { describe, expect, it } from 'vitest';
import { DecimalScalar, toDecimalString } from '../decimal.scalar.js';

/** The amount as exact decimal arithmetic says it: fen as a BigInt, written back with two decimals. */
function byFen(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s.trim())!;
  const fen = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').slice(0, 2).padEnd(2, '0'));
  const abs = fen.toString().padStart(3, '0');
  return `${m[1]}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

describe('Decimal', () => {
  it('answers amounts as PostgreSQL writes them, and normalises the rest, to the fen', () => {
    const inputs = [
      '0.00',
      '0.05',
      '1097863220.16',
      '-12.30',
      '-0.05',
      '-0.00',
      '7',
      '7.5',
      '007.00',
      ' 12.34 ',
      '12.3400',
      '99999999999999.99',
      '123456789012345678901234.56',
    ];
    // And random ones: 0–20 digits, 0–4 decimals (zeros past the second), a sign now and then.
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 2000; i++) {
      const int = Array.from({ length: 1 + rand(20) }, () => rand(10)).join('');
      const frac = Array.from({ length: rand(3) }, () => rand(10)).join('') + '0'.repeat(rand(2));
      inputs.push(`${rand(4) === 0 ? '-' : ''}${int}${frac ? `.${frac}` : ''}`);
    }
    for (const s of inputs) {
      expect(toDecimalString(s), s).toBe(byFen(s));
      expect(DecimalScalar.serialize(s), s).toBe(byFen(s));
    }
    expect(toDecimalString(1234.5)).toBe('1234.50');
  });

  it('refuses what is not an amount of at most two decimals', () => {
    for (const bad of ['', 'abc', '1.234', '1e5', '--1', '1.2.3', NaN, Infinity, null]) {
      expect(() => toDecimalString(bad), String(bad)).toThrow(TypeError);
    }
  });
});
