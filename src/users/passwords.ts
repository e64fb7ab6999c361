import * as argon2 from 'argon2';
import type { FieldError } from '../common/domain-error';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** Rules a new password must meet; returns the reasons it does not, by code (empty when it does). */
export function passwordProblems(password: string, email: string): Pick<FieldError, 'code' | 'params'>[] {
  const problems: Pick<FieldError, 'code' | 'params'>[] = [];
  if (password.length < PASSWORD_MIN_LENGTH)
    problems.push({ code: 'password_too_short', params: { min: PASSWORD_MIN_LENGTH } });
  if (password.length > PASSWORD_MAX_LENGTH)
    problems.push({ code: 'password_too_long', params: { max: PASSWORD_MAX_LENGTH } });
  if (password.trim().toLowerCase() === email.trim().toLowerCase())
    problems.push({ code: 'password_is_email' });
  if (new Set(password).size < 4) problems.push({ code: 'password_too_simple' });
  return problems;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
