// The address bar as a store: React reads it with useSyncExternalStore, and `navigate` writes it.
// A hand-written router of ~100 lines, because the dashboard needs only path matching, query strings
// and lazy views; a library would bring loaders, actions and data APIs the Apollo cache already covers.

export interface AppLocation {
  pathname: string;
  search: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let snapshot: AppLocation = read();

function read(): AppLocation {
  return typeof window === 'undefined'
    ? { pathname: '/', search: '' }
    : { pathname: window.location.pathname, search: window.location.search };
}

function emit(): void {
  const next = read();
  if (next.pathname === snapshot.pathname && next.search === snapshot.search) return;
  snapshot = next;
  for (const l of listeners) l();
}

if (typeof window !== 'undefined') window.addEventListener('popstate', emit);

export const locationStore = {
  get: (): AppLocation => snapshot,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export interface NavigateOptions {
  /** Replace the current history entry (typing in a search box) instead of adding one. */
  replace?: boolean;
}

/** Goes to an address of the app without reloading; the views re-render from the new location. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  const url = new URL(to, window.location.href);
  const target = `${url.pathname}${url.search}${url.hash}`;
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (target === current) return;
  if (options.replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  emit();
}
