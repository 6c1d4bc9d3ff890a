import type { RequestHandler } from 'express';
import { Kind, parse, type DocumentNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { countTokens, isTokenLimitError } from '../graphql/limits.js';
import { MAX_STRING_LENGTH, stringProblem } from '../graphql/text.js';
import { argumentPath, usesOf } from '../graphql/variable-errors.plugin.js';
import { refuse } from './rate-limit.js';

/**
 * Cheap checks before GraphQL validates anything (issue 14 §1). graphql-js's validation is quadratic in the
 * fields of one selection set (a 7 KB anonymous query of 745 repeated fields cost seconds of CPU), so the
 * document's tokens, the selections of each selection set and its fields in all are counted first, by a
 * linear parse; anonymous callers get the smallest budget. Every string, in the variables or written in the
 * document, is checked for length, NUL bytes and lone surrogates, naming the argument or variable.
 */
export interface PrecheckBudget {
  tokens: number;
  /** Selections in one selection set. */
  selections: number;
  /** Fields in the whole document. */
  fields: number;
}

export const ANONYMOUS_BUDGET: PrecheckBudget = { tokens: 1000, selections: 40, fields: 200 };
export const SIGNED_IN_BUDGET: PrecheckBudget = { tokens: 3000, selections: 150, fields: 1500 };

/** Arguments with a shorter limit than the longest string, checked here before any other work. */
const ARGUMENT_LIMITS: Record<string, number> = { username: 64, password: 256 };

type Problem = { field: string; zh: string; en: string };

function checkJson(value: unknown, path: string): Problem | null {
  if (typeof value === 'string') {
    const p = stringProblem(value, MAX_STRING_LENGTH);
    return p ? { field: path, zh: p[0], en: p[1] } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = checkJson(value[i], `${path}[${i}]`);
      if (p) return p;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = checkJson(v, `${path}.${k}`);
      if (p) return p;
    }
  }
  return null;
}

function checkLiteral(node: ValueNode, path: string, max: number): Problem | null {
  if (node.kind === Kind.STRING) {
    const p = stringProblem(node.value, max);
    return p ? { field: path, zh: p[0], en: p[1] } : null;
  }
  if (node.kind === Kind.LIST) {
    for (const v of node.values) {
      const p = checkLiteral(v, path, max);
      if (p) return p;
    }
  }
  if (node.kind === Kind.OBJECT) {
    for (const f of node.fields) {
      const p = checkLiteral(f.value, `${path}.${f.name.value}`, MAX_STRING_LENGTH);
      if (p) return p;
    }
  }
  return null;
}

/** Selections of the largest selection set, fields in all, and the first bad string literal. */
function measure(document: DocumentNode): { selections: number; fields: number; problem: Problem | null } {
  let selections = 0;
  let fields = 0;
  let problem: Problem | null = null;
  const walk = (set: SelectionSetNode) => {
    selections = Math.max(selections, set.selections.length);
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        fields++;
        for (const a of s.arguments ?? []) {
          problem ??= checkLiteral(a.value, a.name.value, ARGUMENT_LIMITS[a.name.value] ?? MAX_STRING_LENGTH);
        }
      }
      if (s.kind !== Kind.FRAGMENT_SPREAD && s.selectionSet) walk(s.selectionSet);
    }
  };
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) walk(d.selectionSet);
  }
  return { selections, fields, problem };
}

const WORDS = {
  tokens: (n: number, max: number) => [
    `操作含 ${n} 个词法单元，超过上限 ${max} 个`,
    `The operation has ${n} tokens, over the limit of ${max}`,
  ],
  selections: (n: number, max: number) => [
    `一个选择集含 ${n} 项，超过上限 ${max} 项`,
    `One selection set has ${n} selections, over the limit of ${max}`,
  ],
  fields: (n: number, max: number) => [
    `操作含 ${n} 个字段，超过上限 ${max} 个`,
    `The operation has ${n} fields, over the limit of ${max}`,
  ],
} as const;

export function precheck(): RequestHandler {
  return (req, res, next) => {
    const params = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
    const query = params?.query;
    if (typeof query !== 'string') return next();
    const budget = req.headers.authorization ? SIGNED_IN_BUDGET : ANONYMOUS_BUDGET;
    const tooComplex = (measure: keyof typeof WORDS, requested: number, limit: number) => {
      const [zh, en] = WORDS[measure](requested, limit);
      refuse(res, 400, null, 'QUERY_TOO_COMPLEX', zh, en, { measure, requested, limit });
    };
    let variables = params?.variables;
    if (typeof variables === 'string') {
      try {
        variables = JSON.parse(variables);
      } catch {
        return next();
      }
    }
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: budget.tokens });
    } catch (e) {
      if (isTokenLimitError(e)) return tooComplex('tokens', countTokens(query, budget.tokens * 100), budget.tokens);
      // Apollo answers a syntax error the usual way.
      return next();
    }
    const bad = checkJson(variables ?? {}, '$');
    if (bad) {
      // `$.u` of `login(username: $u)` is the argument `username`; `$.input.plan` of `f(data: $input)` is `data.plan`.
      const [, variable, rest] = /^\$\.([^.[]+)(.*)$/s.exec(bad.field) ?? ['', bad.field, ''];
      const argument = usesOf(document).get(variable!);
      const field = argument ? argumentPath(variable!, `${variable}${rest}`, argument) : `${variable}${rest}`;
      return refuse(res, 400, null, 'BAD_USER_INPUT', `${field}：${bad.zh}`, `${field}: ${bad.en}`, {
        field,
        variable: `$${variable}`,
      });
    }
    const m = measure(document);
    if (m.selections > budget.selections) return tooComplex('selections', m.selections, budget.selections);
    if (m.fields > budget.fields) return tooComplex('fields', m.fields, budget.fields);
    if (m.problem) {
      const { field, zh, en } = m.problem;
      return refuse(res, 400, null, 'BAD_USER_INPUT', `${field}：${zh}`, `${field}: ${en}`, { field });
    }
    next();
  };
}
