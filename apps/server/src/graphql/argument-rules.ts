import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { AppError } from './errors.js';
import { fromGlobalId } from './global-id.js';
import { limitOf, MAX_STRING_LENGTH, stringProblem } from './text.js';

/**
 * One check of every root field's arguments, from the schema itself, before the resolver runs (issue 14 §3),
 * so that no module has to remember it and a bad value never reaches SQL as an internal error:
 * - a String: at most the length its description states (every String a mutation takes must state one:
 *   the schema does not build otherwise), no NUL byte, no lone surrogate;
 * - an ID: a global id (`Type:n`) whose number fits a database id;
 * - a `year`: 2000–2100.
 * Each refusal is BAD_USER_INPUT naming the argument as the caller wrote it (`input.actuals[0].explanation`).
 */

export const YEARS = { min: 2000, max: 2100 } as const;
const MAX_DATABASE_ID = 2 ** 31 - 1;

interface Problem {
  field: string;
  zh: string;
  en: string;
}

/** Adds the problems of `value` (at `path`) to `out`: every bad item and field, not only the first. */
type Check = (value: unknown, path: string, out: Problem[]) => void;

/** One error naming every problem found (the first as `field`, all in `fields`, as the input validation does). */
function refuse(problems: Problem[]): never {
  throw new AppError(
    'BAD_USER_INPUT',
    problems.map((p) => `${p.field}：${p.zh}`).join('；'),
    problems.map((p) => `${p.field}: ${p.en}`).join('; '),
    { field: problems[0]!.field, fields: problems },
  );
}

const checkId: Check = (value, path, out) => {
  const parsed = typeof value === 'string' ? fromGlobalId(value) : null;
  const n = parsed && /^\d+$/.test(parsed.key) ? Number(parsed.key) : NaN;
  if (!(n >= 1 && n <= MAX_DATABASE_ID)) out.push({ field: path, zh: '不是有效的 ID', en: 'not a valid id' });
};

const checkYear: Check = (value, path, out) => {
  if (typeof value === 'number' && (value < YEARS.min || value > YEARS.max)) {
    out.push({
      field: path,
      zh: `年度须在 ${YEARS.min}–${YEARS.max} 之间`,
      en: `must be between ${YEARS.min} and ${YEARS.max}`,
    });
  }
};

class Planner {
  /** Strings of mutations without a stated limit. */
  readonly missing: string[] = [];
  private readonly inputs = new Map<string, Check | null>();

  /** The check of one argument or input field, or null when it needs none. */
  plan(
    type: GraphQLInputType,
    name: string,
    description: string | null | undefined,
    where: string,
    mutation: boolean,
  ): Check | null {
    const t = getNullableType(type);
    if (isListType(t)) {
      const item = this.plan(t.ofType, name, description, where, mutation);
      if (!item) return null;
      return (value, path, out) => {
        if (Array.isArray(value)) value.forEach((v, i) => v != null && item(v, `${path}[${i}]`, out));
        else item(value, path, out);
      };
    }
    if (isScalarType(t)) {
      if (t.name === 'ID') return checkId;
      if (t.name === 'Int' && /^(year|.*Year)$/.test(name)) return checkYear;
      if (t.name !== 'String') return null;
      const stated = limitOf(description);
      if (stated === null && mutation) this.missing.push(where);
      const max = stated ?? MAX_STRING_LENGTH;
      return (value, path, out) => {
        const problem = typeof value === 'string' ? stringProblem(value, max) : null;
        if (problem) out.push({ field: path, zh: problem[0], en: problem[1] });
      };
    }
    if (isInputObjectType(t)) {
      const key = `${t.name}:${mutation}`;
      if (this.inputs.has(key)) return this.inputs.get(key) ?? null;
      // Recursive input types: the entry exists (as a forwarder) before its fields are planned.
      let own: Check | null = null;
      this.inputs.set(key, (value, path, out) => own?.(value, path, out));
      const fields = Object.values(t.getFields())
        .map((f) => ({
          name: f.name,
          check: this.plan(f.type, f.name, f.description, `${t.name}.${f.name}`, mutation),
        }))
        .filter((f): f is { name: string; check: Check } => f.check !== null);
      own = fields.length
        ? (value, path, out) => {
            if (!value || typeof value !== 'object') return;
            for (const f of fields) {
              const v = (value as Record<string, unknown>)[f.name];
              if (v != null) f.check(v, `${path}.${f.name}`, out);
            }
          }
        : null;
      if (!own) this.inputs.set(key, null);
      return own;
    }
    return null;
  }
}

/** Wraps every root field's resolver with the checks of its arguments; throws if a mutation's String has no limit. */
export function applyArgumentRules(schema: GraphQLSchema): void {
  const planner = new Planner();
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    const mutation = root === schema.getMutationType();
    for (const field of Object.values(root.getFields())) {
      const checks = field.args
        .map((a) => ({
          name: a.name,
          check: planner.plan(a.type, a.name, a.description, `${root.name}.${field.name}(${a.name})`, mutation),
        }))
        .filter((a): a is { name: string; check: Check } => a.check !== null);
      const resolve = field.resolve;
      if (!checks.length || !resolve) continue;
      const checked: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        const problems: Problem[] = [];
        for (const a of checks) if (args[a.name] != null) a.check(args[a.name], a.name, problems);
        if (problems.length) refuse(problems);
        return resolve(source, args, context, info);
      };
      field.resolve = checked;
    }
  }
  if (planner.missing.length) {
    throw new Error(
      `Strings that mutations take without a length limit (declare them with TextField / TextArg): ${planner.missing.join(', ')}`,
    );
  }
}
