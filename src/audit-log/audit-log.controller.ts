import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/current-actor.decorator';
import type { Actor } from '../access/actor';
import type { AuditEventView } from './audit-event.view';
import { AuditLogService } from './audit-log.service';
import { AuditQueryDto } from './dto/audit-query.dto';
import { ApiErrors } from '../common/api-docs';
import { AuditEventBody } from './dto/audit-event.response';

@ApiTags('audit')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/audit')
export class AuditLogController {
  constructor(private readonly log: AuditLogService) {}

  /** The log, newest first. Coordinators read their county's; admins any county's or all. Nothing can change it. */
  @Get()
  @ApiOkResponse({ type: [AuditEventBody] })
  @ApiErrors(400, 403)
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditEventView[]> {
    return this.log.list(actor, {
      countyCode: query.county ?? (actor.role === 'admin' ? null : actor.countyCode),
      limit: query.limit ?? 100,
      beforeId: query.before,
      kind: query.kind,
      actorId: query.actor,
      from: query.from,
      to: query.to,
    });
  }
}
