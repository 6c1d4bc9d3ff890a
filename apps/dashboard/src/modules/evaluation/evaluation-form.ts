import type { SelfEvaluationInput } from '../../generated/graphql';
import type { Lang } from '../../app/i18n/translate';
import { cleanAmount } from '../work';

/** The self-evaluation form as typed. */
export interface SelfEvaluationDraft {
  executed: string;
  outputCompletion: string;
  benefitCompletion: string;
  satisfactionCompletion: string;
  explanation: string;
}

export const EMPTY_SELF_EVALUATION: SelfEvaluationDraft = {
  executed: '',
  outputCompletion: '',
  benefitCompletion: '',
  satisfactionCompletion: '',
  explanation: '',
};

const COMPLETIONS = ['outputCompletion', 'benefitCompletion', 'satisfactionCompletion'] as const;

const MESSAGES = {
  completion: { zh: '请填写 0–100 之间的数', en: 'enter a number from 0 to 100' },
  executed: { zh: '请填写执行数（元）', en: 'enter the amount executed, in yuan' },
};

/** A completion typed as "85", "85.5" or "85%" → 85.5; null when it is not a number from 0 to 100. */
export function parseCompletion(text: string): number | null {
  const t = text
    .trim()
    .replace(/[%％]$/, '')
    .trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n >= 0 && n <= 100 ? n : null;
}

/**
 * The variables of `submitSelfEvaluation`, or the fields the form must fix first (a Float the server
 * cannot even read); the server checks the rest (executed ≤ budget) and names the field.
 */
export function selfEvaluationVariables(
  projectId: string,
  draft: SelfEvaluationDraft,
  lang: Lang,
):
  | { variables: { projectId: string; input: SelfEvaluationInput }; fields: null }
  | { variables: null; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const values: Partial<Record<(typeof COMPLETIONS)[number], number>> = {};
  for (const key of COMPLETIONS) {
    const n = parseCompletion(draft[key]);
    if (n === null) fields[key] = MESSAGES.completion[lang];
    else values[key] = n;
  }
  const executed = cleanAmount(draft.executed);
  if (executed === '') fields.executed = MESSAGES.executed[lang];
  if (Object.keys(fields).length) return { variables: null, fields };
  return {
    variables: {
      projectId,
      input: {
        executed,
        outputCompletion: values.outputCompletion!,
        benefitCompletion: values.benefitCompletion!,
        satisfactionCompletion: values.satisfactionCompletion!,
        explanation: draft.explanation.trim(),
      },
    },
    fields: null,
  };
}

/** The project's self-evaluation (kind SELF), if it has one. */
export function selfEvaluationOf<E extends { kind: string }>(evaluations: readonly E[]): E | null {
  return evaluations.find((e) => e.kind === 'SELF') ?? null;
}
