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
} from 'class-validator';
import { isIsoDate } from './dates';

/** Codes of the taxonomy: checked for form here, against the round's frozen lists by the domain rules. */
export const CODE_PATTERN = /^[a-z0-9_]{1,40}$/;
/** Ids of items inside one document, chosen by the client so that measures can point at risks. */
export const ITEM_ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

const presence = (required: boolean) => (required ? IsDefined({ message: 'måste anges' }) : IsOptional());

export function TextField(max: number, options: { required?: boolean; description?: string } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsString({ message: 'måste vara text' }),
    ...(required ? [IsNotEmpty({ message: 'får inte vara tomt' })] : []),
    MaxLength(max, { message: `får vara högst ${max} tecken` }),
    ApiProperty({ type: String, maxLength: max, required, description: options.description }),
  );
}

export function EmailField(options: { required?: boolean } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    // An empty string means "not given" in a draft.
    ValidateIf((_, value) => required || (value !== '' && value !== null && value !== undefined)),
    IsString({ message: 'måste vara text' }),
    MaxLength(254, { message: 'får vara högst 254 tecken' }),
    IsEmail({}, { message: 'måste vara en e-postadress' }),
    ApiProperty({ type: String, format: 'email', required }),
  );
}

export function CodeField(options: { required?: boolean; description?: string } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    // An empty string is an unanswered choice in a draft, stored as null.
    ...(required ? [] : [ValidateIf((_, value) => value !== '')]),
    IsString({ message: 'måste vara en kod' }),
    Matches(CODE_PATTERN, { message: 'är ingen giltig kod' }),
    ApiProperty({ type: String, required, nullable: !required, description: options.description }),
  );
}

export function CodeListField(maxItems: number, description?: string) {
  return applyDecorators(
    IsOptional(),
    IsArray({ message: 'måste vara en lista' }),
    ArrayMaxSize(maxItems, { message: `får ha högst ${maxItems} val` }),
    ArrayUnique({ message: 'får inte innehålla samma kod två gånger' }),
    IsString({ each: true, message: 'måste vara koder' }),
    Matches(CODE_PATTERN, { each: true, message: 'innehåller en ogiltig kod' }),
    ApiProperty({ type: [String], required: false, maxItems, description }),
  );
}

export function TextListField(maxItems: number, maxLength: number) {
  return applyDecorators(
    IsOptional(),
    IsArray({ message: 'måste vara en lista' }),
    ArrayMaxSize(maxItems, { message: `får ha högst ${maxItems} rader` }),
    IsString({ each: true, message: 'måste vara text' }),
    MaxLength(maxLength, { each: true, message: `varje rad får vara högst ${maxLength} tecken` }),
    ApiProperty({ type: [String], required: false, maxItems }),
  );
}

export function ItemIdField(options: { required?: boolean } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsString({ message: 'måste vara text' }),
    Matches(ITEM_ID_PATTERN, { message: 'får bara innehålla bokstäver a–z, siffror, - och _ (högst 40)' }),
    ApiProperty({ type: String, required, pattern: ITEM_ID_PATTERN.source }),
  );
}

export function ItemIdListField(maxItems: number, description?: string) {
  return applyDecorators(
    IsOptional(),
    IsArray({ message: 'måste vara en lista' }),
    ArrayMaxSize(maxItems, { message: `får ha högst ${maxItems} val` }),
    ArrayUnique({ message: 'får inte innehålla samma id två gånger' }),
    IsString({ each: true, message: 'måste vara id' }),
    Matches(ITEM_ID_PATTERN, { each: true, message: 'innehåller ett ogiltigt id' }),
    ApiProperty({ type: [String], required: false, maxItems, description }),
  );
}

export function NestedListField<T>(type: () => NestType<T>, maxItems: number) {
  return applyDecorators(
    IsOptional(),
    IsArray({ message: 'måste vara en lista' }),
    ArrayMaxSize(maxItems, { message: `får ha högst ${maxItems} poster` }),
    IsObject({ each: true, message: 'varje post måste vara ett objekt' }),
    ValidateNested({ each: true }),
    Type(type),
    ApiProperty({ type: () => [type()], required: false, maxItems }),
  );
}

export function NestedField<T>(type: () => NestType<T>, options: { required?: boolean } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsObject({ message: 'måste vara ett objekt' }),
    ValidateNested(),
    Type(type),
    ApiProperty({ type: () => type(), required }),
  );
}

export function BooleanField(options: { required?: boolean } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsBoolean({ message: 'måste vara true eller false' }),
    ApiProperty({ type: Boolean, required }),
  );
}

export function IntField(min: number, max: number, options: { required?: boolean } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsInt({ message: 'måste vara ett heltal' }),
    Min(min, { message: `måste vara minst ${min}` }),
    Max(max, { message: `får vara högst ${max}` }),
    ApiProperty({ type: Number, minimum: min, maximum: max, required }),
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
      { message: 'måste vara ett giltigt datum (ÅÅÅÅ-MM-DD)' },
    ),
    ApiProperty({ type: String, format: 'date', required }),
  );
}

export function EnumField(values: readonly string[], options: { required?: boolean } = {}) {
  const required = options.required ?? false;
  return applyDecorators(
    presence(required),
    IsIn(values, { message: `måste vara en av: ${values.join(', ')}` }),
    ApiProperty({ enum: values, required }),
  );
}
