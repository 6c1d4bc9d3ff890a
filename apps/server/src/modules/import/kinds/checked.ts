import { GraphQLError } from 'graphql';
import type { Problem } from '../fields.js';
import { enumValues } from '../fields.js';

// The administrators' kinds (units, users, the indicator library) check each row through the mutation services'
// own checks: what a form would be refused with (`badInput(field, zh, en)`) becomes the row's problem, on the
// column of the import's field.

/** The code of a problem found by a mutation service's check (the form would refuse the same value). */
export const FORM_RULE = 'INVALID';

/**
 * Runs a service's checks; a refusal (BAD_USER_INPUT naming a field) becomes a problem on the import's field
 * `fields[serviceField]` (else `fallback`), with the service's reason in Chinese and English.
 */
export async function asProblems<T>(
  fields: Record<string, string>,
  fallback: string,
  run: () => Promise<T>,
): Promise<{ value: T; problems: [] } | { value: null; problems: (Problem & { field: string })[] }> {
  try {
    return { value: await run(), problems: [] };
  } catch (e) {
    if (!(e instanceof GraphQLError) || e.extensions.code !== 'BAD_USER_INPUT') throw e;
    const named = String(e.extensions.field ?? '');
    const [zh, en] = reasons(e.message, named);
    return { value: null, problems: [{ field: fields[named] ?? fallback, code: FORM_RULE, zh, en }] };
  }
}

/** badInput's message is "field：原因 / field: reason": the two reasons, without the service's field name. */
function reasons(message: string, field: string): [string, string] {
  const enAt = message.lastIndexOf(` / ${field}: `);
  if (!field || enAt < 0) return [message, message];
  const zh = message.slice(0, enAt).replace(`${field}：`, '');
  const en = message.slice(enAt + ` / ${field}: `.length);
  return [zh, en];
}

/** An active/retired column: the words the bureaus write for either. */
export const activeValues = (inactive: 'RETIRED' | 'INACTIVE') =>
  enumValues({
    ACTIVE: ['在用', '正常', '启用', '有效', '是', 'active', 'yes', 'true', '1'],
    [inactive]: ['撤销', '已撤销', '停用', '注销', '无效', '否', 'retired', 'inactive', 'no', 'false', '0'],
  });
