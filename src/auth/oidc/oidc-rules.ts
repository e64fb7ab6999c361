/** The claims of an ID token or user-info answer, as far as signing in reads them. */
export type Claims = Record<string, unknown>;

/**
 * The e-mail address the organisation vouches for, or null. The standard `email` claim counts only with
 * `email_verified: true`; another claim named in OIDC_EMAIL_CLAIM (such as `upn`, managed by the organisation's own
 * directory) is taken as the directory gives it.
 */
export function verifiedEmail(claims: Claims, claim: string): string | null {
  const value = claims[claim];
  if (typeof value !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(value.trim())) return null;
  if (claim === 'email' && claims.email_verified !== true) return null;
  return value.trim().toLowerCase();
}

/** Plain HTTP to the provider is allowed only on this machine (a test's or a developer's provider). */
export function isLoopbackUrl(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
