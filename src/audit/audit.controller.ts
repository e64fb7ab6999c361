import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { Actor } from '../users/role';
import type { AuditEventView } from './audit-event.view';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The log, newest first. Coordinators read their county's; admins any county's or all. Nothing can change it. */
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditEventView[]> {
    return this.audit.list(actor, {
      countyCode: query.county ?? (actor.role === 'admin' ? null : actor.countyCode),
      limit: query.limit ?? 100,
      beforeId: query.before,
    });
  }
}
