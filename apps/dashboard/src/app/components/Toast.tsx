import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

interface ToastItem {
  id: number;
  text: string;
}

const ToastContext = createContext<((text: string) => void) | null>(null);
const SHOWN_MS = 5000;

/** Short confirmations after an action, read out by screen readers (a polite live region). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const next = useRef(1);
  const show = useCallback((text: string) => {
    const id = next.current++;
    setItems((list) => [...list.slice(-2), { id, text }]);
    window.setTimeout(() => setItems((list) => list.filter((i) => i.id !== id)), SHOWN_MS);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {items.map((i) => (
          <div key={i.id} className="toast" data-testid="toast">
            {i.text}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (text: string) => void {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToast needs a <ToastProvider> above it');
  return value;
}
