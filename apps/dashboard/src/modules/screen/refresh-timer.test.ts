import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRefreshTimer, parseRefresh } from './refresh-timer';

describe('the big screen’s refresh timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refreshes at each interval while the tab is shown', () => {
    const onRefresh = vi.fn();
    const timer = createRefreshTimer({ intervalMs: 60_000, isHidden: () => false, onRefresh });
    vi.advanceTimersByTime(180_000);
    expect(onRefresh).toHaveBeenCalledTimes(3);
    timer.stop();
    vi.advanceTimersByTime(60_000);
    expect(onRefresh).toHaveBeenCalledTimes(3);
  });

  it('pauses while the tab is hidden and catches up once when it shows again', () => {
    let hidden = true;
    const onRefresh = vi.fn();
    const timer = createRefreshTimer({ intervalMs: 30_000, isHidden: () => hidden, onRefresh });
    vi.advanceTimersByTime(120_000);
    expect(onRefresh).not.toHaveBeenCalled();
    timer.visibilityChanged(); // still hidden
    expect(onRefresh).not.toHaveBeenCalled();
    hidden = false;
    timer.visibilityChanged();
    timer.visibilityChanged();
    expect(onRefresh).toHaveBeenCalledTimes(1);
    timer.stop();
  });

  it('reads the interval from the URL, 60 s unless one of the choices', () => {
    expect(parseRefresh('300')).toBe(300);
    expect(parseRefresh('0')).toBe(0);
    expect(parseRefresh('7')).toBe(60);
    expect(parseRefresh(null)).toBe(60);
  });
});
