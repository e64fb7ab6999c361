import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError, ErrorCode } from '../common/domain-error';
import { actorOf } from '../access/actor';
import { AuthService } from './auth.service';
import type { AuthenticatedRequest } from '../access/current-actor.decorator';
import { IS_PUBLIC, USES_SESSION } from '../access/public.decorator';

/** Every API route needs a valid bearer token unless it is marked @Public(); pages use sessions instead. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (this.reflector.getAllAndOverride<boolean>(USES_SESSION, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    const user = scheme === 'Bearer' && token ? await this.auth.userForToken(token) : null;
    if (!user) throw new DomainError(ErrorCode.Unauthenticated, 'sign_in_required');
    request.actor = actorOf(user);
    return true;
  }
}
