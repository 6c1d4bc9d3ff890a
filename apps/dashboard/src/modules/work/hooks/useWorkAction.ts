import { useCallback, useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useToast } from '../../../app/components/Toast';
import { useI18n } from '../../../app/i18n/i18n';
import { mutationFailure, type MutationFailure } from '../mutation-errors';

// Root fields whose answers a step of the work can change: the to-dos, the checkpoints and reports,
// the flags and every figure built from them. `me` stays (it holds the session).
const AFFECTED_FIELDS = [
  'todos',
  'deadlines',
  'checkpoints',
  'projects',
  'flags',
  'flagSummary',
  'executionSummary',
  'projectAggregate',
  'targetSummary',
  'gradeDistribution',
  'units',
  'evaluations',
  'node',
  'nodes',
  'sections',
  'resultApplications',
  'agencies',
  'agencyRatings',
  'agencyChecks',
  'authenticitySample',
  'departmentEvaluationCoverage',
  'transferPayments',
];

/** Drops the affected answers and asks again for those on screen, so figures and to-dos follow the step. */
export async function refreshAfterWork(client: ApolloClient): Promise<void> {
  for (const fieldName of AFFECTED_FIELDS) client.cache.evict({ id: 'ROOT_QUERY', fieldName, broadcast: false });
  client.cache.gc();
  await client.refetchQueries({ include: 'active' });
}

/**
 * Runs one step of the work: the mutation, then the refresh and a toast on success; on failure the
 * mapped error (a conflict offers a reload, bad fields show next to themselves).
 */
export function useWorkAction() {
  const client = useApolloClient();
  const { lang } = useI18n();
  const toast = useToast();
  const [failure, setFailure] = useState<MutationFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(step: () => Promise<T>, success: (result: T) => string): Promise<T | null> => {
      setBusy(true);
      setFailure(null);
      try {
        const result = await step();
        toast(success(result));
        await refreshAfterWork(client).catch(() => undefined);
        return result;
      } catch (error) {
        setFailure(mutationFailure(error, lang));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [client, lang, toast],
  );
  const reload = useCallback(async () => {
    setFailure(null);
    await refreshAfterWork(client).catch(() => undefined);
  }, [client]);
  /** A check in the form itself failed (before anything is sent): the fields' messages show like the server's. */
  const reject = useCallback(
    (fields: Record<string, string>) => setFailure({ kind: 'BAD_USER_INPUT', message: '', fields }),
    [],
  );
  return { run, busy, failure, reject, clear: () => setFailure(null), reload, client };
}
