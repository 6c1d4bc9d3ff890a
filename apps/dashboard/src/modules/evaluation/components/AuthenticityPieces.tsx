import type {
  RecordAuthenticityResultMutation,
  WorkAuthenticitySampleFieldsFragment,
} from '../../../generated/graphql';

export type Sample = WorkAuthenticitySampleFieldsFragment;
export type Check = Sample['checks'][number];
export type Checked = RecordAuthenticityResultMutation['recordAuthenticityResult'];

export const RESULT_TONE: Record<string, string> = { PENDING: 'none', PASSED: 'confirmed', FAILED: 'draft' };

export function projectLabel(check: Check): string {
  const p = check.evaluation?.project;
  return p ? `${p.code} ${p.name}` : '';
}
