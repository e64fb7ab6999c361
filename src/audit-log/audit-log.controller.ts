import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/current-actor.decorator';
import type { Actor } from '../access/actor';
import type { AuditEventView } from './audit-event.view';
import { AuditLogService } from './audit-log.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class AuditLogController {
  constructor(private readonly log: AuditLogService) {}

  /** The log, newest first. Coordinators read their county's; admins any county's or all. Nothing can change it. */
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditEventView[]> {
    return this.log.list(actor, {
      countyCode: query.county ?? (actor.role === 'admin' ? null : actor.countyCode),
      limit: query.limit ?? 100,
      beforeId: query.before,
    });
  }
}
