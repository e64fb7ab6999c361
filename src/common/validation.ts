import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { FieldError, invalid } from './domain-error';
import { findUnsafeText } from './text-safety';

const SWEDISH_BY_CONSTRAINT: Record<string, string> = {
  whitelistValidation: 'fältet är okänt',
  nestedValidation: 'måste vara ett objekt',
};

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
      fields.push({ path, message: SWEDISH_BY_CONSTRAINT[constraint] ?? message });
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
