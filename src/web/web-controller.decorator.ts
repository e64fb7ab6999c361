import { applyDecorators, Controller, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { UsesSession } from '../access/public.decorator';
import { WebSessionGuard } from './session/web-session.guard';

/** A controller of pages: session sign-in with CSRF checks, and no place in the API's documentation. */
export const WebController = (path = '') =>
  applyDecorators(Controller(path), UsesSession(), UseGuards(WebSessionGuard), ApiExcludeController());
