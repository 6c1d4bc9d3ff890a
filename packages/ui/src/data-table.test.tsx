// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataTable, type Column } from './data-table.js';

type Row = { code: string; budget: string };
const COLUMNS: Column<Row>[] = [
  { key: 'CODE', header: '项目编码', cell: (r) => r.code, sortable: true },
  { key: 'BUDGET', header: '预算', cell: (r) => r.budget, align: 'right', sortable: true },
  { key: 'note', header: '备注', cell: () => '—' },
];
const ROWS: Row[] = [
  { code: '2023-jyj-001', budget: '190.02 万元' },
  { code: '2023-jyj-002', budget: '270.10 万元' },
];

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('DataTable', () => {
  it('renders the rows, with sortable headers as buttons that say their order', () => {
    const sorted: string[] = [];
    act(() =>
      root.render(
        <DataTable
          caption="项目"
          columns={COLUMNS}
          rows={ROWS}
          rowKey={(r) => r.code}
          status="ready"
          sort={{ key: 'BUDGET', direction: 'desc' }}
          onSort={(k) => sorted.push(k)}
        />,
      ),
    );
    expect([...host.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual([
      '2023-jyj-001190.02 万元—',
      '2023-jyj-002270.10 万元—',
    ]);
    const headers = [...host.querySelectorAll('th')];
    expect(headers.map((th) => th.getAttribute('aria-sort'))).toEqual(['none', 'descending', null]);
    expect(headers[2].querySelector('button')).toBeNull();
    act(() => headers[0].querySelector('button')!.click());
    expect(sorted).toEqual(['CODE']);
    expect(host.querySelector('caption')!.textContent).toBe('项目');
  });

  it('holds its place with skeleton rows while loading, and says why when empty or failed', () => {
    act(() =>
      root.render(
        <DataTable
          caption="项目"
          columns={COLUMNS}
          rows={[]}
          rowKey={(r) => r.code}
          status="loading"
          skeletonRows={3}
        />,
      ),
    );
    expect(host.querySelectorAll('tbody tr[aria-hidden="true"]')).toHaveLength(3);
    expect(host.querySelector('table')!.getAttribute('aria-busy')).toBe('true');
    act(() =>
      root.render(
        <DataTable
          caption="项目"
          columns={COLUMNS}
          rows={[]}
          rowKey={(r) => r.code}
          status="empty"
          emptyText="没有符合条件的项目"
        />,
      ),
    );
    expect(host.textContent).toContain('没有符合条件的项目');
    let retried = 0;
    act(() =>
      root.render(
        <DataTable
          caption="项目"
          columns={COLUMNS}
          rows={[]}
          rowKey={(r) => r.code}
          status="error"
          errorText="加载失败"
          retryLabel="重试"
          onRetry={() => (retried += 1)}
        />,
      ),
    );
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('加载失败');
    act(() => host.querySelector<HTMLButtonElement>('[role="alert"] button')!.click());
    expect(retried).toBe(1);
  });
});
