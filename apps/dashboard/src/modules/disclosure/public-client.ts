import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The client of the public page: no auth link and no cookies, so whatever the browser holds (a signed-in
 * colleague's token in the same browser) never goes with what the public asks.
 */
export function createPublicClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'omit' }),
    cache: new InMemoryCache(),
  });
}
