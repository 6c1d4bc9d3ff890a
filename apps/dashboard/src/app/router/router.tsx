import { useCallback, useMemo, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { locationStore, navigate, type AppLocation, type NavigateOptions } from './location';

export function useLocation(): AppLocation {
  return useSyncExternalStore(locationStore.subscribe, locationStore.get, locationStore.get);
}

/** The query parameters of the current address, and a setter that merges changes into them. */
export function useQueryParams(): [
  URLSearchParams,
  (changes: Record<string, string | number | null | undefined>, options?: NavigateOptions) => void,
] {
  const { pathname, search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback(
    (changes: Record<string, string | number | null | undefined>, options?: NavigateOptions) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      const text = next.toString();
      navigate(`${pathname}${text ? `?${text}` : ''}`, options);
    },
    [pathname],
  );
  return [params, update];
}

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; replace?: boolean };

/** An anchor that navigates inside the app; a modified click (new tab, …) is left to the browser. */
export function Link({ to, replace, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    if (rest.target && rest.target !== '_self') return;
    event.preventDefault();
    navigate(to, { replace });
  };
  return <a href={to} onClick={handle} {...rest} />;
}

export { navigate };
