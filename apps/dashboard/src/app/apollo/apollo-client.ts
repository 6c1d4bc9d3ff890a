import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { authToken } from '../../modules/auth/auth-token';

/** True when the server says the caller is not (or no longer) signed in. */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}

export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink((prev) => {
    const token = authToken.get();
    return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
  });

  // An expired or revoked token: drop it, and the session gate shows the login page.
  // A failed login is also UNAUTHENTICATED, but there is no token to drop then.
  const expiry = new ErrorLink(({ error, operation }) => {
    if (operation.operationName !== 'Login' && isUnauthenticated(error)) authToken.clear();
  });

  return new ApolloClient({
    // Same origin as the dashboard in production; vite proxies it in development.
    link: ApolloLink.from([expiry, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
  });
}
