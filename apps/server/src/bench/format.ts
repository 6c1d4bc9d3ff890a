// Numbers and tables for the bench's console output.

export const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');

/** 12 ms, 1.23 s, 2 min 05 s. */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(2)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

export const fmtMb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** The value at quantile q (0–1) of the samples, nearest-rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

const pad = (s: string, n: number, align: 'l' | 'r') =>
  align === 'l' ? s + ' '.repeat(Math.max(0, n - width(s))) : ' '.repeat(Math.max(0, n - width(s))) + s;

/** A plain-text table, indented by two spaces. */
export function printTable(
  say: (line: string) => void,
  head: string[],
  rows: string[][],
  align: ('l' | 'r')[] = [],
): void {
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => pad(c, widths[i]!, align[i] ?? 'l')).join('  ')}`.trimEnd();
  say(line(head));
  say(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) say(line(r));
}

export function heading(say: (line: string) => void, title: string): void {
  say('');
  say(`== ${title} ${'='.repeat(Math.max(3, 100 - width(title)))}`);
}
