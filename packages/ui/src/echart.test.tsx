// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The canvas cannot be drawn in happy-dom: the instance is a fake, the wrapper's lifecycle is real.
const fake = vi.hoisted(() => {
  const instances: Array<Record<string, ReturnType<typeof import('vitest').vi.fn>> & { disposed: boolean }> = [];
  return { instances, init: null as unknown as ReturnType<typeof import('vitest').vi.fn> };
});
vi.mock('echarts/core', async () => {
  const { vi: v } = await import('vitest');
  fake.init = v.fn(() => {
    const instance = {
      disposed: false,
      setOption: v.fn(),
      getDataURL: v.fn(() => 'data:image/png;base64,AAA'),
      resize: v.fn(),
      on: v.fn(),
      off: v.fn(),
      dispose: v.fn(() => {
        instance.disposed = true;
      }),
      isDisposed: v.fn(() => instance.disposed),
    };
    fake.instances.push(instance as never);
    return instance;
  });
  return { init: fake.init, use: v.fn() };
});

const observers: Array<{ callback: () => void; disconnected: boolean }> = [];
class FakeResizeObserver {
  entry: { callback: () => void; disconnected: boolean };
  constructor(callback: () => void) {
    this.entry = { callback, disconnected: false };
    observers.push(this.entry);
  }
  observe() {}
  disconnect() {
    this.entry.disconnected = true;
  }
}

const { EChart } = await import('./echart.js');

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => {
    cb();
    return 1;
  });
  fake.instances.length = 0;
  observers.length = 0;
  fake.init.mockClear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});

const option = { series: [{ type: 'bar' as const, data: [1, 2] }] };
/** What the wrapper hands ECharts: the option on a transparent background. */
const drawn = (o: object) => ({ backgroundColor: 'transparent', ...o });

describe('EChart', () => {
  it('creates one instance with the locale and sets the whole option', () => {
    act(() => root.render(<EChart option={option} ariaLabel="执行率" locale="ZH" height={240} />));
    expect(fake.init).toHaveBeenCalledTimes(1);
    expect(fake.init.mock.calls[0][1]).toBeUndefined();
    expect(fake.init.mock.calls[0][2]).toMatchObject({ locale: 'ZH', renderer: 'canvas' });
    expect(fake.instances[0].setOption).toHaveBeenCalledWith(drawn(option), { notMerge: true });
    const div = host.querySelector('[role="img"]') as HTMLElement;
    expect(div.getAttribute('aria-label')).toBe('执行率');
    expect(div.style.height).toBe('240px');
  });

  it('sets a new option on the same instance', () => {
    act(() => root.render(<EChart option={option} ariaLabel="a" />));
    const next = { series: [{ type: 'line' as const, data: [3] }] };
    act(() => root.render(<EChart option={next} ariaLabel="a" />));
    expect(fake.instances).toHaveLength(1);
    expect(fake.instances[0].setOption).toHaveBeenLastCalledWith(drawn(next), { notMerge: true });
  });

  it('resizes when its container does', () => {
    act(() => root.render(<EChart option={option} ariaLabel="a" />));
    observers[0].callback();
    expect(fake.instances[0].resize).toHaveBeenCalledTimes(1);
  });

  it('starts a new instance in the dark theme and disposes the old one', () => {
    act(() => root.render(<EChart option={option} ariaLabel="a" theme="light" />));
    act(() => root.render(<EChart option={option} ariaLabel="a" theme="dark" locale="EN" />));
    expect(fake.instances).toHaveLength(2);
    expect(fake.instances[0].dispose).toHaveBeenCalled();
    expect(observers[0].disconnected).toBe(true);
    expect(fake.init.mock.calls[1][1]).toBe('dark');
    expect(fake.init.mock.calls[1][2]).toMatchObject({ locale: 'EN' });
    expect(fake.instances[1].setOption).toHaveBeenCalledWith(drawn(option), { notMerge: true });
  });

  it('exports the drawn chart as a PNG on an opaque background', async () => {
    const { createRef } = await import('react');
    const handle = createRef<import('./echart.js').EChartHandle>();
    act(() => root.render(<EChart option={option} ariaLabel="a" ref={handle} />));
    expect(handle.current!.toDataURL({ backgroundColor: '#101820' })).toBe('data:image/png;base64,AAA');
    expect(fake.instances[0].getDataURL).toHaveBeenCalledWith({
      type: 'png',
      pixelRatio: 2,
      backgroundColor: '#101820',
    });
  });

  it('marks itself rendered when ECharts has finished drawing', () => {
    act(() => root.render(<EChart option={option} ariaLabel="a" />));
    const div = host.querySelector('[role="img"]') as HTMLElement;
    expect(div.dataset.state).toBe('drawing');
    const finished = fake.instances[0].on.mock.calls.find(([name]) => name === 'finished')![1] as () => void;
    finished();
    expect(div.dataset.state).toBe('rendered');
    expect(Number(div.dataset.renderedAt)).toBeGreaterThanOrEqual(0);
  });

  it('binds event handlers and unbinds them on unmount, then disposes', () => {
    const onClick = vi.fn();
    const events = { click: onClick };
    act(() => root.render(<EChart option={option} ariaLabel="a" onEvents={events} />));
    const instance = fake.instances[0];
    expect(instance.on).toHaveBeenCalledWith('click', onClick);
    act(() => root.render(<></>));
    expect(instance.off).toHaveBeenCalledWith('click', onClick);
    expect(instance.dispose).toHaveBeenCalled();
    // A late resize after disposal is ignored.
    observers[0].callback();
    expect(instance.resize).not.toHaveBeenCalled();
  });
});
