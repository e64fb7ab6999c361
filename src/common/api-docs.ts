import { applyDecorators, Type } from '@nestjs/common';
import { ApiProduces, ApiProperty, ApiPropertyOptions, ApiResponse } from '@nestjs/swagger';
import { FIELD_ERROR_CODES, MESSAGE_CODES } from './messages';

/** A property that may be null: `string | null` is `Str`'s type with `nullable`. */
export const Nullable = (type: ApiPropertyOptions['type'], options: ApiPropertyOptions = {}) =>
  ApiProperty({ ...options, type, nullable: true } as ApiPropertyOptions);

/** A list of `type` (a class, or String, Number, Boolean). */
export const ListOf = (
  type: Type | StringConstructor | NumberConstructor,
  options: ApiPropertyOptions = {},
) => ApiProperty({ ...options, type: [type] } as ApiPropertyOptions);

/** A nested object of class `type`. */
export const Nested = (type: () => Type, options: ApiPropertyOptions = {}) =>
  ApiProperty({ ...options, type: () => type() } as ApiPropertyOptions);

/** One of `values`. */
export const OneOf = (values: readonly string[], options: ApiPropertyOptions = {}) =>
  ApiProperty({ ...options, enum: [...values] });

/** A text keyed by name: `{ summary: "…", "riskArea.vald": "…" }`. */
export const TextMap = (description?: string) =>
  ApiProperty({ type: Object, additionalProperties: { type: 'string' }, description });

export class FieldErrorBody {
  @ApiProperty({ example: 'observedRisks[2].level' })
  path!: string;

  @OneOf(FIELD_ERROR_CODES, { example: 'max_length' })
  code!: string;

  @ApiProperty({
    required: false,
    type: Object,
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { max: 2000 },
  })
  params?: Record<string, string | number>;

  @ApiProperty({
    description: 'The words of `code`, in the language asked for',
    example: 'får vara högst 2000 tecken',
  })
  message!: string;

  @ApiProperty({ required: false, description: 'For an uploaded workbook: the sheet of the value' })
  sheet?: string;

  @ApiProperty({ required: false, description: 'For an uploaded workbook: the cell of the value' })
  cell?: string;
}

/** Every error the API answers: its status, a code for the kind of error and one for what it says, and its words. */
export class ErrorBody {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'VALIDATION_FAILED' })
  code!: string;

  @ApiProperty({ description: `One of: ${MESSAGE_CODES.join(', ')}`, example: 'invalid' })
  messageCode!: string;

  @ApiProperty({ description: 'In Swedish, or in English when Accept-Language prefers it' })
  message!: string;

  @ListOf(FieldErrorBody, { required: false })
  errors?: FieldErrorBody[];

  @ApiProperty({ required: false, description: 'Field errors left out after the first 100' })
  moreErrors?: number;

  @ApiProperty({ required: false, description: 'The version stored now, on a version conflict' })
  currentVersion?: number;

  @ApiProperty({ required: false, description: 'When to try again, on 503' })
  retryAfterSeconds?: number;

  @ApiProperty({ required: false, description: 'The status the assessment is in, on a refused step' })
  status?: string;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `errors` names every field',
  401: 'Not signed in, or the token has expired',
  403: 'Signed in, but not allowed to do this',
  404: "Not found, or another county's or municipality's",
  409: 'In conflict with what is stored now: a newer version, a step the status does not allow, work in progress',
  413: 'The body is larger than the service takes',
  422: 'Not complete: `errors` names what is missing',
  429: 'Too many requests, or a limit on costly work is reached',
  503: 'Every worker is taken: try again after `Retry-After` seconds',
};

/** The errors an operation can answer, each with the one error body. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, type: ErrorBody, description: ERROR_DESCRIPTIONS[status] ?? 'Error' }),
    ),
  );

/** A file download of `contentType`. */
export const ApiFile = (contentType: string, description: string) =>
  applyDecorators(
    ApiProduces(contentType),
    ApiResponse({
      status: 200,
      description,
      content: { [contentType]: { schema: { type: 'string', format: 'binary' } } },
    }),
  );

/** A stream of Server-Sent Events: its event names and what each one's data is. */
export const ApiEventStream = (description: string) =>
  applyDecorators(
    ApiProduces('text/event-stream'),
    ApiResponse({
      status: 200,
      description,
      content: { 'text/event-stream': { schema: { type: 'string' } } },
    }),
  );
