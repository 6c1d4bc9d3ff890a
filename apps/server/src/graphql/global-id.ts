import { AppError } from './errors.js';

/** Global ids for `node(id)`: base64url of "Type:key". */
export function toGlobalId(type: string, key: number | string): string {
  return Buffer.from(`${type}:${key}`).toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; key: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const m = /^([A-Za-z]+):([A-Za-z0-9_]{1,40})$/.exec(decoded);
  return m ? { type: m[1]!, key: m[2]! } : null;
}

/** The numeric id inside a global id of the expected type; a bad id is a clear input error. */
export function idOf(type: string, globalId: string, field: string): number {
  const parsed = fromGlobalId(globalId);
  // Database ids are int4: a larger number is no id of ours (and would reach SQL as an overflow).
  if (!parsed || parsed.type !== type || !/^\d+$/.test(parsed.key) || Number(parsed.key) > 2 ** 31 - 1) {
    throw new AppError('BAD_USER_INPUT', `${field}：不是有效的${type} ID`, `${field}: not a valid ${type} id`, {
      field,
    });
  }
  return Number(parsed.key);
}
