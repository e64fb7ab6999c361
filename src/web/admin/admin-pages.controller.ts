import { Get, Render } from '@nestjs/common';
import { canReadAllCounties } from '../../access/access-policy';
import { CurrentActor } from '../../access/current-actor.decorator';
import { forbidden } from '../../common/domain-error';
import type { Actor } from '../../access/actor';
import { RoundPagesService } from '../rounds/round-pages.service';
import { WebController } from '../web-controller.decorator';

@WebController('admin')
export class AdminPagesController {
  constructor(private readonly rounds: RoundPagesService) {}

  /** Every county's rounds and response rates on one page. */
  @Get()
  @Render('admin/overview')
  async overview(@CurrentActor() actor: Actor) {
    if (!canReadAllCounties(actor)) throw forbidden('forbidden.national_overview');
    return { rows: await this.rounds.rows(actor) };
  }
}
