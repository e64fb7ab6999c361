import * as argon2 from 'argon2';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** Rules a new password must meet; returns the Swedish reasons it does not (empty when it does). */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`måste vara minst ${PASSWORD_MIN_LENGTH} tecken`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`får vara högst ${PASSWORD_MAX_LENGTH} tecken`);
  if (password.trim().toLowerCase() === email.trim().toLowerCase())
    problems.push('får inte vara e-postadressen');
  if (new Set(password).size < 4) problems.push('måste innehålla fler olika tecken');
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
