// The state of one piece of remote data, as the panels and KPI tiles need it. Kept free of Apollo so
// transforms that take it stay pure and testable.

export type Loadable<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

export const LOADING: Loadable<never> = { status: 'loading' };

export function ready<T>(data: T): Loadable<T> {
  return { status: 'ready', data };
}

export function mapLoadable<T, U>(value: Loadable<T>, f: (data: T) => U): Loadable<U> {
  return value.status === 'ready' ? ready(f(value.data)) : value;
}

/** Both ready → ready with both; otherwise the first error, else loading. */
export function combineLoadable<A, B>(a: Loadable<A>, b: Loadable<B>): Loadable<[A, B]> {
  if (a.status === 'error') return a;
  if (b.status === 'error') return b;
  if (a.status === 'ready' && b.status === 'ready') return ready([a.data, b.data]);
  return LOADING;
}
