import type { Request } from 'express';

/** The address a request came from, as far as the trusted proxies (TRUST_PROXY) tell. */
export function sourceAddressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
