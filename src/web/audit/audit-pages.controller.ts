import { Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuditLogService } from '../../audit-log/audit-log.service';
import { CurrentActor } from '../../access/current-actor.decorator';
import type { Actor } from '../../access/actor';
import { WebController } from '../web-controller.decorator';

const PAGE_SIZE = 100;

@WebController('audit')
export class AuditPagesController {
  constructor(private readonly log: AuditLogService) {}

  /** The newest entries of the county's log (the whole log for admins), a hundred at a time. */
  @Get()
  async list(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Query('before') before?: string,
  ): Promise<void> {
    const beforeId = /^\d{1,15}$/.test(before ?? '') ? Number(before) : undefined;
    const events = await this.log.list(actor, {
      countyCode: actor.role === 'admin' ? null : actor.countyCode,
      limit: PAGE_SIZE,
      beforeId,
    });
    res.render('audit/list', {
      events,
      older: events.length === PAGE_SIZE ? `/audit?before=${events[events.length - 1]!.id}` : null,
    });
  }
}
