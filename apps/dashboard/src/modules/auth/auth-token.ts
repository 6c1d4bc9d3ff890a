// The session token, kept in localStorage so a reload stays signed in. One store with subscribers:
// the Apollo auth link reads it, the session hook re-renders when it changes (login, logout, an
// UNAUTHENTICATED answer, or another tab).

const STORAGE_KEY = 'jixiao.token';

type Listener = () => void;

function read(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

let current: string | null = read();
const listeners = new Set<Listener>();

function emit(next: string | null): void {
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) emit(read());
  });
}

export const authToken = {
  get(): string | null {
    return current;
  },
  set(token: string): void {
    try {
      localStorage.setItem(STORAGE_KEY, token);
    } catch {
      // storage disabled: the session lasts until the page is closed
    }
    emit(token);
  },
  clear(): void {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // nothing stored
    }
    emit(null);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
