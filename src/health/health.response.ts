import { ApiProperty } from '@nestjs/swagger';

const CHECKS = {
  type: Object,
  additionalProperties: {
    type: 'object',
    properties: { status: { type: 'string' } },
    additionalProperties: true,
  },
} as const;

/** The service and its database: `ok`, or `error` with what failed. */
export class HealthBody {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'] }) status!: string;
  @ApiProperty({ ...CHECKS, required: false }) info?: Record<string, { status: string }>;
  @ApiProperty({ ...CHECKS, required: false }) error?: Record<string, { status: string }>;
  @ApiProperty(CHECKS) details!: Record<string, { status: string }>;
}
