import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { FieldError, invalid } from './domain-error';
import { FIELD_ERROR_CODES, FieldErrorCode, MessageParams } from './messages';
import { findUnsafeText } from './text-safety';

/** Refusals class-validator makes of its own, by constraint. */
const CODE_BY_CONSTRAINT: Record<string, FieldErrorCode> = {
  whitelistValidation: 'unknown_field',
  nestedValidation: 'not_object',
};

const isFieldErrorCode = (value: string): value is FieldErrorCode =>
  (FIELD_ERROR_CODES as readonly string[]).includes(value);

/**
 * The code of a failed constraint: the decorators of `dto-fields` give their code as the message and its parameters
 * as the context; anything else is named by its constraint, or is simply invalid.
 */
function fieldErrorOf(path: string, constraint: string, message: string, context: unknown): FieldError {
  const code = isFieldErrorCode(message) ? message : (CODE_BY_CONSTRAINT[constraint] ?? 'invalid');
  const params = (context as { params?: MessageParams } | undefined)?.params;
  return params ? { path, code, params } : { path, code };
}

function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/** class-validator's error tree as a flat list of field paths such as `observedRisks[2].level`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const fields: FieldError[] = [];
  for (const error of errors) {
    const path = joinPath(parent, error.property);
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      fields.push(fieldErrorOf(path, constraint, message, error.contexts?.[constraint]));
    }
    fields.push(...flattenValidationErrors(error.children ?? [], path));
  }
  return fields;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => invalid(flattenValidationErrors(errors)),
  });
}

/** Validates a plain object against a DTO class exactly as request bodies are; throws the same 400 error. */
export async function validateAs<T>(type: new () => T, plain: unknown): Promise<T> {
  const found = findUnsafeText(plain);
  if (found) throw invalid([found]);
  return (await createValidationPipe().transform(plain, { type: 'body', metatype: type })) as T;
}
