import { cleanAmount } from '../work';

/** The budget section's decision on a proposed cut: accept it as proposed, or adjust it with a reason. */
export interface CutDecision {
  mode: 'accept' | 'adjust';
  amount: string;
  reason: string;
}

/** The variables of `decideCut`: accepting sends the proposed cut; adjusting the amount typed and the reason. */
export function cutDecisionVariables(
  cut: { id: string; version: number; proposedCut: string },
  decision: CutDecision,
): {
  id: string;
  version: number;
  acceptedCut: string;
  reason: string;
} {
  return decision.mode === 'accept'
    ? { id: cut.id, version: cut.version, acceptedCut: cut.proposedCut, reason: decision.reason.trim() }
    : { id: cut.id, version: cut.version, acceptedCut: cleanAmount(decision.amount), reason: decision.reason.trim() };
}

/** The rows of the notification list (中/差), poor first, then by code. */
export function notificationRows<P extends { code: string }>(
  medium: readonly P[],
  poor: readonly P[],
): (P & { listedGrade: 'MEDIUM' | 'POOR' })[] {
  const byCode = (a: P, b: P) => a.code.localeCompare(b.code);
  return [
    ...[...poor].sort(byCode).map((p) => ({ ...p, listedGrade: 'POOR' as const })),
    ...[...medium].sort(byCode).map((p) => ({ ...p, listedGrade: 'MEDIUM' as const })),
  ];
}
