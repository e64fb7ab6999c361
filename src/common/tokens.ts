import { createHash, randomBytes } from 'node:crypto';

/** A random token for a cookie or a link: 256 bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What is stored of a token: its sha256, so that a copy of the database opens nothing. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
