import { DEFAULT_DEMO_PASSWORD } from '../../config.js';
import { badInput } from '../workflow/index.js';

export const MIN_PASSWORD_LENGTH = 10;
/** scrypt's cost grows with the input: a bound keeps one request cheap. */
export const MAX_PASSWORD_LENGTH = 128;

/**
 * The password policy (issue 11): at least 10 characters, not the username, not the public demo password.
 * Throws BAD_USER_INPUT naming `field`, in Chinese and English.
 */
export function checkPasswordPolicy(password: string, username: string, field: string): void {
  // The named mistakes first: they say more than a length would.
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) {
    throw badInput(field, '密码不能与用户名相同', 'must not be the username');
  }
  if (password === DEFAULT_DEMO_PASSWORD) {
    throw badInput(field, '不能使用公开的演示密码', 'must not be the public demo password');
  }
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw badInput(
      field,
      `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`,
      `must be at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw badInput(
      field,
      `密码最多 ${MAX_PASSWORD_LENGTH} 个字符`,
      `must be at most ${MAX_PASSWORD_LENGTH} characters`,
    );
  }
}
