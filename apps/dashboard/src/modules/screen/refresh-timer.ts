// The big screen refreshes its figures at a chosen interval, but not while its tab is hidden (a wall
// display switched to another tab, a laptop asleep): a refresh due then happens when it shows again.

export interface RefreshTimerOptions {
  intervalMs: number;
  isHidden: () => boolean;
  onRefresh: () => void;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (id: unknown) => void;
}

export interface RefreshTimer {
  /** Call on `visibilitychange`. */
  visibilityChanged(): void;
  stop(): void;
}

export function createRefreshTimer(options: RefreshTimerOptions): RefreshTimer {
  const set = options.setInterval ?? ((fn, ms) => globalThis.setInterval(fn, ms));
  const clear = options.clearInterval ?? ((id) => globalThis.clearInterval(id as ReturnType<typeof setInterval>));
  let due = false;
  const id = set(() => {
    if (options.isHidden()) {
      due = true;
      return;
    }
    due = false;
    options.onRefresh();
  }, options.intervalMs);
  return {
    visibilityChanged() {
      if (due && !options.isHidden()) {
        due = false;
        options.onRefresh();
      }
    },
    stop() {
      clear(id);
    },
  };
}

export const REFRESH_CHOICES = [0, 30, 60, 300, 600] as const;

/** The refresh interval in the URL (?refresh=60, seconds); 0 turns it off. */
export function parseRefresh(value: string | null): number {
  const n = Number(value ?? 60);
  return (REFRESH_CHOICES as readonly number[]).includes(n) ? n : 60;
}
