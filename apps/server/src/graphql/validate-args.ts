import { validate, type ValidationError } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import type { ResolverData } from 'type-graphql';
import { AppError } from './errors.js';

// type-graphql's own validation reports a bad item of a list argument by its property alone (`weight`), and
// stops at the first bad item. This validates every item and names each problem by its whole path from the
// argument (`indicators[1].weight`, `input.actuals[0].value`), in Chinese and English (issue 13 §4).

export interface FieldProblem {
  field: string;
  zh: string;
  en: string;
}

/** class-validator's English messages say "<property> must …"; the Chinese is said from the constraint. */
function chinese(constraint: string, en: string): string {
  const n = /(-?\d+(?:\.\d+)?)/.exec(en)?.[1];
  switch (constraint) {
    case 'max':
      return `不能大于${n}`;
    case 'min':
      return `不能小于${n}`;
    case 'maxLength':
      return `不能超过${n}个字符`;
    case 'minLength':
      return `不能少于${n}个字符`;
    case 'arrayMaxSize':
      return `最多${n}项`;
    case 'isInt':
      return '须为整数';
    case 'isNumber':
      return '须为数字（小数位数不超过规定）';
    case 'isString':
      return '须为文本';
    default:
      return '取值无效';
  }
}

/** Every problem of a class-validator error tree, each named by its path below `prefix`. */
export function problemsOf(errors: readonly ValidationError[], prefix: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const step = /^\d+$/.test(e.property) ? `[${e.property}]` : prefix ? `.${e.property}` : e.property;
    const field = `${prefix}${step}`;
    for (const [constraint, message] of Object.entries(e.constraints ?? {})) {
      if (constraint === 'nestedValidation' && e.children?.length) continue;
      const en = message.startsWith(`${e.property} `) ? message.slice(e.property.length + 1) : message;
      out.push({ field, zh: chinese(constraint, en), en });
    }
    if (e.children?.length) out.push(...problemsOf(e.children, field));
  }
  return out;
}

/** A canonical JSON of a value (keys sorted), to find which argument a converted value came from. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * The argument a value fills: its name, or '' for an `@Args()` class (whose properties are the arguments).
 * type-graphql hands the validator the converted value without its name: it is the argument equal to it.
 */
function argumentOf(value: unknown, info: GraphQLResolveInfo, args: Record<string, unknown>): string {
  const field = info.parentType.getFields()[info.fieldName];
  const key = canonical(value);
  return field?.args.find((a) => a.name in args && canonical(args[a.name]) === key)?.name ?? '';
}

/** `weight` or `[1].weight` below the argument `indicators`; an `@Args()` class's properties are the arguments. */
const under = (argument: string, path: string) =>
  !argument ? path.replace(/^\./, '') : path.startsWith('[') ? `${argument}${path}` : `${argument}.${path}`;

/** type-graphql's `validateFn`: every bad field of every item, by its path, or nothing. */
export async function validateArgument(value: unknown, _type: unknown, data: ResolverData): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  const options = { skipMissingProperties: true, forbidUnknownValues: false };
  const found: FieldProblem[] = [];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      if (item === null || typeof item !== 'object') continue;
      found.push(...problemsOf(await validate(item as object, options), `[${i}]`));
    }
  } else {
    found.push(...problemsOf(await validate(value, options), ''));
  }
  if (found.length === 0) return;
  // Named only when something is wrong: finding the argument compares values.
  const argument = argumentOf(value, data.info, data.args);
  const problems = found.map((p) => ({ ...p, field: under(argument, p.field) }));
  throw new AppError(
    'BAD_USER_INPUT',
    problems.map((p) => `${p.field}：${p.zh}`).join('；'),
    problems.map((p) => `${p.field}: ${p.en}`).join('; '),
    { field: problems[0]!.field, fields: problems },
  );
}
