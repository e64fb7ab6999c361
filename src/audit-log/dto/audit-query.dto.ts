import { Type } from 'class-transformer';
import { Matches, ValidateIf } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { IntField, says } from '../../common/dto-fields';

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
}
