import { Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { forbidden } from '../../common/domain-error';
import type { Actor } from '../../users/role';
import { RoundPagesService } from '../rounds/round-pages.service';
import { WebController } from '../web-controller.decorator';

@WebController('admin')
export class AdminPagesController {
  constructor(private readonly rounds: RoundPagesService) {}

  /** Every county's rounds and response rates on one page. */
  @Get()
  async overview(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    if (actor.role !== 'admin') throw forbidden('Översikten över alla län är för administratörer');
    res.render('admin/overview', { rows: await this.rounds.rows(actor) });
  }
}
