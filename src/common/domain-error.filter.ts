import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, FieldError, httpStatusOf } from './domain-error';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldError[];
  [key: string]: unknown;
}

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
};

export function errorBodyOf(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) {
    const body: ErrorBody = {
      ...exception.detail,
      statusCode: httpStatusOf(exception.code),
      code: exception.code,
      message: exception.message,
    };
    if (exception.fields.length > 0) body.errors = exception.fields;
    return body;
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const detail = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    const message = typeof detail === 'string' ? detail : exception.message;
    return {
      statusCode: status,
      code: HTTP_CODES[status] ?? `HTTP_${status}`,
      message: message || exception.message,
    };
  }
  return { statusCode: 500, code: 'INTERNAL', message: 'Ett oväntat fel inträffade' };
}

/** One mapping of errors: JSON for the API, an error page (or the sign-in page) for pages. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(DomainErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = errorBodyOf(exception);
    if (body.statusCode >= 500) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    }
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (req.path.startsWith('/api/') || res.locals.t === undefined) {
      res.status(body.statusCode).json(body);
    } else if (body.statusCode === 401) {
      const next = req.method === 'GET' ? req.originalUrl : '/';
      res.redirect(303, `/sign-in?next=${encodeURIComponent(next)}`);
    } else {
      res.status(body.statusCode).render('error', { error: body });
    }
  }
}
