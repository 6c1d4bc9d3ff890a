// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KpiTile } from './kpi-tile.js';
import { Panel } from './panel.js';

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

describe('KpiTile', () => {
  it('shows the figure, its context and the exact value as a tooltip tied to the figure', () => {
    act(() =>
      root.render(
        <KpiTile
          testId="kpi-budget"
          label="涉及资金"
          value="6.45 亿元"
          sub="年初预算 3.64 亿元"
          exact="645,037,526.18 元"
        />,
      ),
    );
    const tile = host.querySelector('[data-testid="kpi-budget"]')!;
    expect(tile.getAttribute('data-status')).toBe('ready');
    const value = tile.querySelector('.jx-kpi__value')!;
    expect(value.textContent).toBe('6.45 亿元');
    const tip = tile.querySelector('[role="tooltip"]')!;
    expect(tip.textContent).toBe('645,037,526.18 元');
    expect(value.getAttribute('aria-describedby')).toBe(tip.id);
    expect(value.getAttribute('tabindex')).toBe('0');
    expect(tile.querySelector('.jx-kpi__sub')!.textContent).toBe('年初预算 3.64 亿元');
  });

  it('shows a skeleton while loading and no figure', () => {
    act(() => root.render(<KpiTile testId="kpi-red" label="红标" value="3" status="loading" />));
    const tile = host.querySelector('[data-testid="kpi-red"]')!;
    expect(tile.getAttribute('aria-busy')).toBe('true');
    expect(tile.querySelector('.jx-skeleton')).not.toBeNull();
    expect(tile.textContent).not.toContain('3');
  });

  it('shows a dash and the reason on error, without a tooltip', () => {
    act(() =>
      root.render(<KpiTile label="红标" value="3" exact="3" status="error" statusText="加载失败" testId="kpi-red" />),
    );
    const tile = host.querySelector('[data-testid="kpi-red"]')!;
    expect(tile.querySelector('.jx-kpi__value')!.textContent).toBe('—');
    expect(tile.querySelector('[role="tooltip"]')).toBeNull();
    expect(tile.querySelector('.jx-kpi__sub')!.textContent).toBe('加载失败');
  });
});

describe('Panel', () => {
  it('renders its content only when ready', () => {
    act(() =>
      root.render(
        <Panel title="执行率" status="ready">
          chart
        </Panel>,
      ),
    );
    expect(host.querySelector('section')!.getAttribute('aria-labelledby')).toBe(host.querySelector('h2')!.id);
    expect(host.textContent).toContain('chart');
    act(() =>
      root.render(
        <Panel title="执行率" status="empty" emptyText="暂无数据">
          chart
        </Panel>,
      ),
    );
    expect(host.textContent).toContain('暂无数据');
    expect(host.textContent).not.toContain('chart');
  });

  it('offers a retry on error', () => {
    let retried = 0;
    act(() =>
      root.render(
        <Panel title="执行率" status="error" errorText="加载失败" retryLabel="重试" onRetry={() => (retried += 1)} />,
      ),
    );
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('加载失败');
    act(() => host.querySelector('button')!.click());
    expect(retried).toBe(1);
  });

  it('collapses to its header when empty and asked to, with the empty text in the header', () => {
    act(() =>
      root.render(
        <Panel
          title="待办"
          subtitle="点击进入办理"
          status="empty"
          emptyText="暂无待办事项"
          collapseWhenEmpty
          minHeight={80}
        >
          list
        </Panel>,
      ),
    );
    const section = host.querySelector('section')!;
    expect(section.classList.contains('jx-panel--collapsed')).toBe(true);
    expect(section.querySelector('.jx-panel__body')).toBeNull();
    expect(section.querySelector('header')!.textContent).toBe('待办暂无待办事项');
    act(() =>
      root.render(
        <Panel title="待办" status="ready" emptyText="暂无待办事项" collapseWhenEmpty>
          list
        </Panel>,
      ),
    );
    expect(host.querySelector('section')!.classList.contains('jx-panel--collapsed')).toBe(false);
    expect(host.querySelector('.jx-panel__body')!.textContent).toBe('list');
  });
});
