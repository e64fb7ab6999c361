import { Type } from 'class-transformer';
import { Matches, ValidateIf } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { DateField, EnumField, IntField, says } from '../../common/dto-fields';
import { AUDIT_KIND_NAMES, AuditKind } from '../audit-kinds';

export class AuditQueryDto {
  /** A county's log; admins may leave it out for the whole log. */
  @ValidateIf((o: AuditQueryDto) => o.county !== undefined)
  @Matches(/^\d{2}$/, says('county_code'))
  @ApiProperty({ required: false, example: '07' })
  county?: string;

  @Type(() => Number)
  @IntField(1, 500)
  limit?: number;

  /** Entries older than this entry id: the next page. */
  @Type(() => Number)
  @IntField(1, Number.MAX_SAFE_INTEGER)
  before?: number;

  /** Only entries of this kind. */
  @EnumField(AUDIT_KIND_NAMES)
  kind?: AuditKind;

  /** Only what this user did. */
  @ValidateIf((o: AuditQueryDto) => o.actor !== undefined)
  @Matches(/^[0-9a-f-]{36}$/, says('invalid_id'))
  @ApiProperty({ required: false })
  actor?: string;

  /** The first and last day, Swedish time. */
  @DateField()
  from?: string;

  @DateField()
  to?: string;
}
