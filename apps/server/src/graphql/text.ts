import { Arg, Field } from 'type-graphql';

/**
 * Free text in inputs (issue 14 §3): every String a mutation takes states its longest length in its
 * description, and `argumentRules` (./argument-rules.ts) refuses a longer one, naming the field. The
 * description is the one place a limit is written: the check reads it back from the built schema, so what
 * the schema promises and what the server checks cannot drift apart.
 */

/** Lengths by kind of text, so that like fields get like limits. */
export const TEXT = {
  /** An ISO date, YYYY-MM-DD. */
  date: 10,
  /** Codes: units, sections, regions, agencies, indicators. */
  code: 40,
  /** Short labels: a category, a unit of measure, a value as typed. */
  label: 100,
  /** Names of people, units, projects, indicators, files. */
  name: 200,
  /** A comment, note, reason or opinion. */
  note: 2000,
  /** A plan, an explanation, a section of an assessment. */
  long: 5000,
  /** The body of a report section. */
  body: 20000,
} as const;

/** The longest string any argument may carry (the precheck refuses longer ones before any parsing). */
export const MAX_STRING_LENGTH = 100_000;

const LIMIT = / \(at most (\d+) characters\)$/;

/** `名称 / Name` with its limit: `名称（最多 200 个字符）/ Name (at most 200 characters)`. */
export function withLimit(description: string, max: number): string {
  const m = /^(.*?)\s?\/ (.*)$/s.exec(description);
  if (!m) throw new Error(`description "${description}" is not "中文 / English"`);
  return `${m[1]}（最多 ${max} 个字符）/ ${m[2]} (at most ${max} characters)`;
}

/** The limit a description states, or null. */
export function limitOf(description: string | null | undefined): number | null {
  const m = description ? LIMIT.exec(description) : null;
  return m ? Number(m[1]) : null;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What is wrong with a string argument, in Chinese and English, or null. */
export function stringProblem(value: string, max: number): [zh: string, en: string] | null {
  if (value.length > max)
    return [`最多 ${max} 个字符（收到 ${value.length} 个）`, `at most ${max} characters (got ${value.length})`];
  if (value.includes('\0')) return ['不能包含 NUL 字符', 'must not contain NUL characters'];
  if (LONE_SURROGATE.test(value))
    return ['包含无效的 Unicode 字符（孤立代理项）', 'contains invalid Unicode (a lone surrogate)'];
  return null;
}

interface TextOptions {
  /** `中文 / English`; the limit is added. */
  description: string;
  nullable?: boolean;
  defaultValue?: string | string[];
}

/** A String field of an input type with its length limit. */
export function TextField(max: number, opts: TextOptions & { list?: boolean }): ReturnType<typeof Field> {
  const { description, list, ...rest } = opts;
  return Field(() => (list ? [String] : String), { ...rest, description: withLimit(description, max) });
}

/** A String argument with its length limit. */
export function TextArg(name: string, max: number, opts: TextOptions): ReturnType<typeof Arg> {
  const { description, ...rest } = opts;
  return Arg(name, () => String, { ...rest, description: withLimit(description, max) });
}
