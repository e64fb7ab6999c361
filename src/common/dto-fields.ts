import { UUID_PATTERN } from './ids';
import { applyDecorators, Type as NestType } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { isIsoDate } from './dates';
import type { FieldErrorCode, MessageParams } from './messages';

/** A decorator's refusal by code, with the parameters its words need (read back by `flattenValidationErrors`). */
export const says = (code: FieldErrorCode, params?: MessageParams): ValidationOptions =>
  params ? { message: code, context: { params } } : { message: code };

/** Codes of the taxonomy: checked for form here, against the round's frozen lists by the domain rules. */
export const CODE_PATTERN = /^[a-z0-9_]{1,40}$/;
/**
 * Ids of a document's items: the UUID the server gave the item, or, for a new item, a name the client chooses so that
 * measures can point at risks within the same request; the server replaces such a name with a UUID.
 */
export const ITEM_ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

const presence = (required: boolean) => (required ? IsDefined(says('required')) : IsOptional());

/** A text of at most `max` characters; `allowEmpty`: required, but it may be empty (a note cleared). */
export function TextField(
  max: number,
  options: { required?: boolean; description?: string; allowEmpty?: boolean } = {},
) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsString(says('not_text')),
    ...(required && !options.allowEmpty ? [IsNotEmpty(says('empty'))] : []),
    MaxLength(max, says('max_length', { max })),
    ApiProperty({ type: String, maxLength: max, required, description: options.description }),
  );
}

export function EmailField(options: { required?: boolean } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    // An empty string means "not given" in a draft.
    ValidateIf((_, value) => required || (value !== '' && value !== null && value !== undefined)),
    IsString(says('not_text')),
    MaxLength(254, says('max_length', { max: 254 })),
    IsEmail({}, says('not_email')),
    ApiProperty({ type: String, format: 'email', required }),
  );
}

export function CodeField(options: { required?: boolean; description?: string } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    // An empty string is an unanswered choice in a draft, stored as null.
    ...(required ? [] : [ValidateIf((_, value) => value !== '')]),
    IsString(says('not_code')),
    Matches(CODE_PATTERN, says('invalid_code')),
    ApiProperty({ type: String, required, nullable: !required, description: options.description }),
  );
}

export function CodeListField(maxItems: number, description?: string) {
  return applyDecorators(
    IsOptional(),
    IsArray(says('not_list')),
    ArrayMaxSize(maxItems, says('max_choices', { max: maxItems })),
    ArrayUnique(says('duplicate_codes')),
    IsString({ each: true, ...says('not_codes') }),
    Matches(CODE_PATTERN, { each: true, ...says('list_invalid_code') }),
    ApiProperty({ type: [String], required: false, maxItems, description }),
  );
}

export function TextListField(maxItems: number, maxLength: number) {
  return applyDecorators(
    IsOptional(),
    IsArray(says('not_list')),
    ArrayMaxSize(maxItems, says('max_lines', { max: maxItems })),
    IsString({ each: true, ...says('not_text') }),
    MaxLength(maxLength, { each: true, ...says('line_max_length', { max: maxLength }) }),
    ApiProperty({ type: [String], required: false, maxItems }),
  );
}

/** The id of a record of the service (a UUID). */
export function IdField(options: { required?: boolean; description?: string } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsString(says('not_text')),
    Matches(UUID_PATTERN, says('invalid_id')),
    ApiProperty({ type: String, required, format: 'uuid', description: options.description }),
  );
}

/** A list of ids of records of the service, each once. */
export function IdListField(maxItems: number, options: { description?: string; required?: boolean } = {}) {
  const required = options.required ?? false;
  const description = options.description;
  return applyDecorators(
    presence(required),
    IsArray(says('not_list')),
    ArrayMaxSize(maxItems, says('max_items', { max: maxItems })),
    ArrayUnique(says('duplicate_ids')),
    IsString({ each: true, ...says('not_ids') }),
    Matches(UUID_PATTERN, { each: true, ...says('list_invalid_id') }),
    ApiProperty({ type: [String], required, maxItems, description }),
  );
}

export function ItemIdField(options: { required?: boolean } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsString(says('not_text')),
    Matches(ITEM_ID_PATTERN, says('invalid_id')),
    ApiProperty({
      type: String,
      required,
      pattern: ITEM_ID_PATTERN.source,
      description: 'The id the server gave the item; for a new item, any name, which the server replaces',
    }),
  );
}

export function ItemIdListField(maxItems: number, description?: string) {
  return applyDecorators(
    IsOptional(),
    IsArray(says('not_list')),
    ArrayMaxSize(maxItems, says('max_choices', { max: maxItems })),
    ArrayUnique(says('duplicate_ids')),
    IsString({ each: true, ...says('not_ids') }),
    Matches(ITEM_ID_PATTERN, { each: true, ...says('list_invalid_id') }),
    ApiProperty({ type: [String], required: false, maxItems, description }),
  );
}

export function NestedListField<T>(type: () => NestType<T>, maxItems: number) {
  return applyDecorators(
    IsOptional(),
    IsArray(says('not_list')),
    ArrayMaxSize(maxItems, says('max_items', { max: maxItems })),
    IsObject({ each: true, ...says('item_not_object') }),
    ValidateNested({ each: true }),
    Type(type),
    ApiProperty({ type: () => [type()], required: false, maxItems }),
  );
}

export function NestedField<T>(type: () => NestType<T>, options: { required?: boolean } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsObject(says('not_object')),
    ValidateNested(),
    Type(type),
    ApiProperty({ type: () => type(), required }),
  );
}

export function BooleanField(options: { required?: boolean; description?: string } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsBoolean(says('not_boolean')),
    ApiProperty({ type: Boolean, required, description: options.description }),
  );
}

export function IntField(
  min: number,
  max: number,
  options: { required?: boolean; description?: string } = {},
) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsInt(says('not_integer')),
    Min(min, says('min', { min })),
    Max(max, says('max', { max })),
    ApiProperty({ type: Number, minimum: min, maximum: max, required, description: options.description }),
  );
}

export function DateField(options: { required?: boolean } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    ValidateBy(
      {
        name: 'isIsoDate',
        validator: { validate: (value) => typeof value === 'string' && isIsoDate(value) },
      },
      says('not_date'),
    ),
    ApiProperty({ type: String, format: 'date', required }),
  );
}

export function EnumField(values: readonly string[], options: { required?: boolean } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsIn(values, says('not_one_of', { values: values.join(', ') })),
    ApiProperty({ enum: values, required }),
  );
}

/** A moment with its offset: `2026-12-10T09:00:00+01:00` or `…Z`; a date alone is no moment. */
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function InstantField(options: { required?: boolean } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    ValidateBy(
      {
        name: 'isInstant',
        validator: {
          validate: (value) =>
            typeof value === 'string' &&
            INSTANT_PATTERN.test(value) &&
            !Number.isNaN(Date.parse(value)) &&
            isIsoDate(value.slice(0, 10)),
        },
      },
      says('not_instant'),
    ),
    ApiProperty({ type: String, format: 'date-time', required, example: '2026-12-10T09:00:00+01:00' }),
  );
}
