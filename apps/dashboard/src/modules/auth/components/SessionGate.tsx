import type { ReactNode } from 'react';
import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useI18n } from '../../../app/i18n/i18n';
import type { ViewerFieldsFragment } from '../../../generated/graphql';
import { useSession } from '../hooks/useSession';
import { ForcedPasswordChange } from './ForcedPasswordChange';
import { LoginPage } from './LoginPage';

/**
 * The login page until a viewer is known; then the app, given that viewer — or, while the viewer still has
 * a one-time password, the form that changes it (the server refuses everything else until then).
 */
export function SessionGate({ children }: { children: (me: ViewerFieldsFragment) => ReactNode }) {
  const { t, lang } = useI18n();
  const { state } = useSession();
  switch (state.status) {
    case 'anonymous':
      return <LoginPage />;
    case 'checking':
      return (
        <div className="splash" aria-busy="true">
          {t('session.checking')}
        </div>
      );
    case 'failed':
      return (
        <div className="splash" role="alert">
          <p>{t('session.failed', { reason: errorMessage(state.error, t, lang) })}</p>
          <button className="button" type="button" onClick={state.retry}>
            {t('common.retry')}
          </button>
        </div>
      );
    case 'signed-in':
      if (state.me.mustChangePassword) return <ForcedPasswordChange me={state.me} />;
      return <>{children(state.me)}</>;
  }
}
