import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode, FieldError, httpStatusOf } from './domain-error';
import { describeFieldError, languageOf, messageText, Translate, TRANSLATORS } from './i18n';
import type { MessageCode } from './messages';

export interface ErrorBody {
  statusCode: number;
  code: string;
  /** What the error says, by stable code (`assessment.deadline_passed`); `message` is its words. */
  messageCode: string;
  message: string;
  errors?: (FieldError & { message: string })[];
  [key: string]: unknown;
}

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
};

/** The body parser's refusals, by the parser's type. */
const BODY_PARSER_MESSAGES: Record<string, MessageCode> = {
  'entity.too.large': 'request.too_large',
  'parameters.too.many': 'request.too_many_fields',
  'entity.parse.failed': 'request.invalid_json',
  'encoding.unsupported': 'request.unsupported_encoding',
};

/** Refusals of the framework (no route, throttling, a body it cannot take), by HTTP status. */
const HTTP_MESSAGES: Record<number, MessageCode> = {
  404: 'not_found.route',
  429: 'request.too_many',
};

function messageCodeOf(exception: HttpException): MessageCode {
  const parserType = (exception.cause as { type?: unknown } | undefined)?.type;
  if (typeof parserType === 'string' && BODY_PARSER_MESSAGES[parserType])
    return BODY_PARSER_MESSAGES[parserType];
  return HTTP_MESSAGES[exception.getStatus()] ?? 'request.refused';
}

/** The answer to an error, in the language of `t`: its status, its codes and their words. */
export function errorBodyOf(exception: unknown, t: Translate = TRANSLATORS.sv): ErrorBody {
  if (exception instanceof DomainError) {
    const body: ErrorBody = {
      ...exception.detail,
      statusCode: httpStatusOf(exception.code),
      code: exception.code,
      messageCode: exception.messageCode,
      message: messageText(t, exception.messageCode, exception.params),
    };
    if (exception.fields.length > 0) body.errors = exception.fields.map((f) => describeFieldError(t, f));
    return body;
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const messageCode = messageCodeOf(exception);
    return {
      statusCode: status,
      code: HTTP_CODES[status] ?? `HTTP_${status}`,
      messageCode,
      message: messageText(t, messageCode),
    };
  }
  return { statusCode: 500, code: 'INTERNAL', messageCode: 'internal', message: messageText(t, 'internal') };
}

/** One mapping of errors: JSON for the API, an error page (or the sign-in page) for pages. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(DomainErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const pageT = res.locals.t as Translate | undefined;
    const api = req.path.startsWith('/api/') || pageT === undefined;
    // The API speaks the client's Accept-Language (Swedish unless it prefers English); pages their own language.
    const t = api ? TRANSLATORS[languageOf((...languages) => req.acceptsLanguages(...languages))] : pageT;
    const body = errorBodyOf(exception, t);
    if (body.statusCode >= 500 && body.code !== String(ErrorCode.Busy)) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    }
    if (typeof body.retryAfterSeconds === 'number')
      res.setHeader('Retry-After', String(body.retryAfterSeconds));
    // An answer given before the body was read (refused upload, wrong token) ends the connection, not the upload.
    if (!req.complete) res.setHeader('Connection', 'close');
    if (api) {
      res.status(body.statusCode).json(body);
    } else if (body.statusCode === 401) {
      // A post kept for after signing in again says where to resume; the page's script is told where to sign in.
      const resume = typeof body.resume === 'string' ? body.resume : null;
      const next = resume ?? (req.method === 'GET' ? req.originalUrl : '/');
      const signIn = `/sign-in?next=${encodeURIComponent(next)}`;
      if (req.accepts(['html', 'json']) === 'json') res.status(401).json({ ...body, signIn });
      else res.redirect(303, signIn);
    } else if (typeof body.redirect === 'string' && body.redirect.startsWith('/')) {
      // A step the user must take first (setting up a second factor) sends the page there.
      res.redirect(303, body.redirect);
    } else {
      res.status(body.statusCode).render('error', { error: body });
    }
  }
}
