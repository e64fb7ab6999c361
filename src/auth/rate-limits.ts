import { applyDecorators, ExecutionContext, SetMetadata, UseGuards } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import { hashToken } from '../common/tokens';
import type { AppConfig } from '../config/app-config';
import { sourceAddressOf } from './source-address';

/**
 * The request limits of the service, each counted per minute: sign-ins per address, joins of a dialogue forum per
 * address, and a forum participant's requests per participant.
 */
export type RateLimit = 'login' | 'join' | 'participant';

const RATE_LIMIT = 'lagesbild:rate-limit';

/** Where a forum participant's pass is: the header for the API, the cookie for the phone pages. */
export const PARTICIPANT_HEADER = 'x-participant-token';
export const PARTICIPANT_COOKIE = 'lagesbild_forum';

/** The participant pass a request carries, if any. */
export function participantTokenOf(req: Request, from: 'header' | 'cookie'): string | undefined {
  const value: unknown =
    from === 'header'
      ? req.headers[PARTICIPANT_HEADER]
      : (req.cookies as Record<string, unknown>)[PARTICIPANT_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
}

/** Counts the route's requests against the limit named; a route without it counts against sign-ins. */
export const RateLimited = (limit: RateLimit) =>
  applyDecorators(SetMetadata(RATE_LIMIT, limit), UseGuards(ThrottlerGuard));

const limitOf = (context: ExecutionContext): RateLimit =>
  (Reflect.getMetadata(RATE_LIMIT, context.getHandler()) as RateLimit | undefined) ?? 'login';

/** A participant by the hash of their pass, so that one phone cannot use up a hall's allowance; else the address. */
function participantTracker(req: Record<string, unknown>): string {
  const request = req as unknown as Request;
  const token = participantTokenOf(request, 'header') ?? participantTokenOf(request, 'cookie');
  return token ? `participant:${hashToken(token)}` : `address:${sourceAddressOf(request)}`;
}

export function throttlers(config: AppConfig): ThrottlerOptions[] {
  const only = (limit: RateLimit) => (context: ExecutionContext) => limitOf(context) !== limit;
  return [
    { name: 'login', ttl: 60_000, limit: config.LOGIN_RATE_LIMIT, skipIf: only('login') },
    { name: 'join', ttl: 60_000, limit: config.FORUM_JOIN_RATE_LIMIT, skipIf: only('join') },
    {
      name: 'participant',
      ttl: 60_000,
      limit: config.FORUM_PARTICIPANT_RATE_LIMIT,
      skipIf: only('participant'),
      getTracker: participantTracker,
    },
  ];
}
