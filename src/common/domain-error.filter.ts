import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode, FieldError, httpStatusOf } from './domain-error';

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

/** The body parser's refusals, in the service's words. */
const BODY_PARSER_MESSAGES: Record<string, string> = {
  'entity.too.large': 'Förfrågan är större än tjänsten tar emot',
  'parameters.too.many': 'Formuläret har för många fält',
  'entity.parse.failed': 'Innehållet är inte giltig JSON',
  'encoding.unsupported': 'Teckenkodningen stöds inte; skicka UTF-8',
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
    const parserType = (exception.cause as { type?: unknown } | undefined)?.type;
    return {
      statusCode: status,
      code: HTTP_CODES[status] ?? `HTTP_${status}`,
      message:
        (typeof parserType === 'string' && BODY_PARSER_MESSAGES[parserType]) || message || exception.message,
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
    if (body.statusCode >= 500 && body.code !== String(ErrorCode.Busy)) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    }
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (typeof body.retryAfterSeconds === 'number')
      res.setHeader('Retry-After', String(body.retryAfterSeconds));
    // An answer given before the body was read (refused upload, wrong token) ends the connection, not the upload.
    if (!req.complete) res.setHeader('Connection', 'close');
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
