import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { ViewerFieldsFragment } from '../../../generated/graphql';
import { isUnauthenticated } from '../../../app/apollo/apollo-client';
import { authToken } from '../auth-token';
import { CHANGE_PASSWORD, LOGIN, LOGOUT, ME } from '../graphql/auth.graphql';

export type SessionState =
  | { status: 'anonymous' }
  | { status: 'checking' }
  | { status: 'failed'; error: unknown; retry: () => void }
  | { status: 'signed-in'; me: ViewerFieldsFragment };

interface Session {
  state: SessionState;
  /** Resolves when signed in; rejects with the server's error otherwise. */
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /**
   * Changes the viewer's password. The server ends every session of the user, this one included, and
   * answers a new one: the token is swapped here. Rejects with the server's error (a named field).
   */
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const token = useSyncExternalStore(authToken.subscribe, authToken.get, () => null);
  const me = useQuery(ME, { skip: !token, fetchPolicy: 'cache-first' });
  const [loginMutation] = useMutation(LOGIN);
  const [logoutMutation] = useMutation(LOGOUT);
  const [changePasswordMutation] = useMutation(CHANGE_PASSWORD);

  // Whatever one viewer loaded must not show through to the next: empty the cache when signed out.
  const hadToken = useRef(token !== null);
  useEffect(() => {
    if (hadToken.current && token === null) void client.clearStore();
    hadToken.current = token !== null;
  }, [token, client]);

  const login = useCallback(
    async (username: string, password: string) => {
      const { data } = await loginMutation({ variables: { username, password } });
      if (!data) throw new Error('login returned no data');
      await client.clearStore();
      // The answer already names the viewer: no second round trip for `me`.
      client.writeQuery({ query: ME, data: { me: data.login.me } });
      authToken.set(data.login.token);
    },
    [client, loginMutation],
  );

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      // Not written to the cache by Apollo: the viewer in it would stop needing a new password (and the
      // views mount) before the new token is stored.
      const { data } = await changePasswordMutation({
        variables: { currentPassword, newPassword },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('changePassword returned no data');
      // The new token first: the old one is revoked, and the views that mount once `me` no longer needs a
      // new password (the years, first of all) must not ask with it (UNAUTHENTICATED would sign out).
      authToken.set(data.changePassword.token);
      client.writeQuery({ query: ME, data: { me: data.changePassword.me } });
    },
    [client, changePasswordMutation],
  );

  const logout = useCallback(async () => {
    try {
      await logoutMutation();
    } catch {
      // already expired or unreachable: the token is dropped all the same
    } finally {
      authToken.clear();
    }
  }, [logoutMutation]);

  const state = useMemo<SessionState>(() => {
    if (!token) return { status: 'anonymous' };
    if (me.data?.me) return { status: 'signed-in', me: me.data.me };
    if (me.error && !isUnauthenticated(me.error)) {
      return { status: 'failed', error: me.error, retry: () => void me.refetch().catch(() => undefined) };
    }
    return { status: 'checking' };
  }, [token, me]);

  const value = useMemo(() => ({ state, login, logout, changePassword }), [state, login, logout, changePassword]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a <SessionProvider> above it');
  return value;
}
