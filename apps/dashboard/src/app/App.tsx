import { useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { SessionGate } from '../modules/auth/components/SessionGate';
import { SessionProvider } from '../modules/auth/hooks/useSession';
import { OverviewPage } from '../modules/overview/components/OverviewPage';
import { createApolloClient } from './apollo/apollo-client';
import { I18nProvider } from './i18n/i18n';
import { AppHeader } from './shell/AppHeader';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        <SessionProvider>
          <SessionGate>
            {(me) => (
              <div className="app">
                <AppHeader me={me} />
                {/* One view for now; views per role will sit behind a router here. */}
                <OverviewPage />
              </div>
            )}
          </SessionGate>
        </SessionProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}
