import { Body, Get, Param, Post, Res, Render } from '@nestjs/common';
import type { Response } from 'express';
import { countyToPlanOf } from '../../access/access-policy';
import { CurrentActor } from '../../access/current-actor.decorator';
import { DomainError, ErrorCode, forbidden } from '../../common/domain-error';
import { validateAs } from '../../common/validation';
import { RemindersService } from '../../reminders/reminders.service';
import { CreateRoundDto, ReportDetailsDto, RoundOrganisationsDto } from '../../rounds/dto/create-round.dto';
import { askFirst } from '../forms/confirmation';
import type { RoundMove } from '../../rounds/round-lifecycle';
import { RoundsService } from '../../rounds/rounds.service';
import type { Actor } from '../../access/actor';
import { renderForm, textOf } from '../forms/form-posts';
import { WebController } from '../web-controller.decorator';
import { reportDetailValues, RoundPagesService, rsaOfForm } from './round-pages.service';

/** The county whose rounds the actor plans on these pages (a coordinator's own); anyone else is refused. */
function countyToPlan(actor: Actor): string {
  const county = countyToPlanOf(actor);
  if (county === null) throw forbidden('forbidden.plan_rounds_here');
  return county;
}

@WebController('rounds')
export class RoundPagesController {
  constructor(
    private readonly pages: RoundPagesService,
    private readonly rounds: RoundsService,
    private readonly reminders: RemindersService,
  ) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    if (actor.role === 'admin') return res.redirect(303, '/admin');
    res.render('rounds/list', { rows: await this.pages.rows(actor), actor });
  }

  @Get('new')
  @Render('rounds/new')
  newRound(@CurrentActor() actor: Actor) {
    countyToPlan(actor);
    return { values: { acceptLate: true, rsa: rsaOfForm(undefined) }, errors: [], actor };
  }

  @Post()
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const values = {
      countyCode: countyToPlan(actor),
      title: textOf(body, 'title'),
      triggeringEvent: textOf(body, 'triggeringEvent'),
      periodStart: textOf(body, 'periodStart'),
      periodEnd: textOf(body, 'periodEnd'),
      deadline: textOf(body, 'deadline'),
      acceptLate: body.acceptLate === 'true',
      rsa: rsaOfForm(body.rsa),
    };
    await renderForm(
      res,
      async () => {
        const round = await this.rounds.create(actor, await validateAs(CreateRoundDto, values));
        return `/rounds/${round.id}?notice=round-created`;
      },
      { view: 'rounds/new', model: (errors) => ({ values, errors, actor }) },
    );
  }

  @Get(':id')
  async overview(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const own = actor.role === 'reporter' ? (actor.municipalityCode ?? actor.organisationId) : null;
    if (own) {
      await this.rounds.get(actor, id);
      return res.redirect(303, `/rounds/${id}/assessments/${own}`);
    }
    res.render('rounds/overview', await this.pages.overview(actor, id));
  }

  /** The report's case number and contact, as its cover will give them: the county's coordinators set them. */
  @Post(':id/report-details')
  async reportDetails(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const values = reportDetailValues(body);
    await renderForm(
      res,
      async () => {
        await this.rounds.updateReportDetails(actor, id, await validateAs(ReportDetailsDto, values));
        return `/rounds/${id}?notice=report-details-saved#report-details`;
      },
      {
        view: 'rounds/overview',
        model: async (errors) => ({ ...(await this.pages.overview(actor, id)), details: values, errors }),
      },
    );
  }

  /** The organisations the round asks besides its municipalities: the county's coordinators choose them. */
  @Post(':id/organisations')
  async organisations(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const chosen = [body.organisationIds ?? []].flat();
    await renderForm(
      res,
      async () => {
        const dto = await validateAs(RoundOrganisationsDto, { organisationIds: chosen });
        await this.rounds.setOrganisations(actor, id, dto.organisationIds);
        return `/rounds/${id}?notice=round-organisations-saved#organisations`;
      },
      {
        view: 'rounds/overview',
        model: async (errors) => ({ ...(await this.pages.overview(actor, id)), errors }),
      },
    );
  }

  @Post(':id/open')
  async open(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    await this.moveAfterAsking(actor, id, 'open', body, res);
  }

  @Post(':id/reminders')
  async remind(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    try {
      await this.reminders.sendNow(actor, id);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === ErrorCode.LimitReached)) throw error;
      return res.redirect(303, `/rounds/${id}?notice=reminders-cooldown#reminders`);
    }
    res.redirect(303, `/rounds/${id}?notice=reminders-sent#reminders`);
  }

  @Post(':id/close')
  async close(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    await this.moveAfterAsking(actor, id, 'close', body, res);
  }

  /** Opening and closing: refused at once if the round cannot move so; otherwise asked first, then done. */
  private async moveAfterAsking(
    actor: Actor,
    id: string,
    move: RoundMove,
    body: Record<string, unknown>,
    res: Response,
  ): Promise<void> {
    await this.rounds.requireMovable(actor, id, move);
    const question = move === 'open' ? 'openRound' : 'closeRound';
    if (askFirst(res, body, { action: `/rounds/${id}/${move}`, question, back: `/rounds/${id}` })) return;
    await this.rounds.move(actor, id, move);
    res.redirect(303, `/rounds/${id}?notice=${move === 'open' ? 'round-opened' : 'round-closed'}`);
  }
}
