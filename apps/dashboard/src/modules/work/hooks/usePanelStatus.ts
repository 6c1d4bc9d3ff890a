import { errorMessage } from '../../../app/apollo/use-loadable-query';
import { useI18n } from '../../../app/i18n/i18n';

/**
 * A panel's status from a query: loading until its data comes, then ready (or empty, when `empty` says
 * so), or the error in the reader's language.
 */
export function usePanelStatus(
  data: unknown,
  error: unknown,
  empty = false,
): { status: 'loading' | 'error' | 'empty' | 'ready'; errorText: string | undefined } {
  const { t, lang } = useI18n();
  return {
    status: data ? (empty ? 'empty' : 'ready') : error ? 'error' : 'loading',
    errorText: error ? errorMessage(error, t, lang) : undefined,
  };
}
