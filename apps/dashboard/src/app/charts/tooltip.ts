// ECharts renders tooltip formatter output as HTML: every text from data goes through escapeHtml.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A tooltip: a bold title and label/value rows. */
export function tooltipHtml(title: string, rows: ReadonlyArray<readonly [string, string]>): string {
  const body = rows
    .map(
      ([label, value]) =>
        `<div style="display:flex;justify-content:space-between;gap:16px"><span>${escapeHtml(label)}</span><b>${escapeHtml(value)}</b></div>`,
    )
    .join('');
  return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(title)}</div>${body}`;
}
