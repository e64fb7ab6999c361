import { ApiProperty } from '@nestjs/swagger';
import { Nested, Nullable } from '../../common/api-docs';
import type { AuditEventView } from '../audit-event.view';

export class AuditActorBody {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
}

export class AuditEventBody implements AuditEventView {
  @ApiProperty() id!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ example: 'assessment.submit' }) action!: string;
  @Nested(() => AuditActorBody, { nullable: true }) actor!: AuditActorBody | null;
  @Nullable(String) subjectType!: string | null;
  @Nullable(String) subjectId!: string | null;
  @Nullable(String) subjectLabel!: string | null;
  @Nullable(String) countyCode!: string | null;
  @ApiProperty({
    type: Object,
    nullable: true,
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
  })
  detail!: Record<string, string | number | boolean | null> | null;
}
