import { Body, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { canManageRounds } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { forbidden, notFound } from '../../common/domain-error';
import { validateAs } from '../../common/validation';
import { ORGANISATION_KINDS } from '../../geography/organisation.entity';
import { CreateOrganisationDto, UpdateOrganisationDto } from '../../organisations/dto/organisation.dto';
import { OrganisationsService } from '../../organisations/organisations.service';
import { renderForm, textOf } from '../forms/form-posts';
import { WebController } from '../web-controller.decorator';

/** The county's organisations besides its municipalities: read by its staff, kept by its coordinators. */
@WebController('organisations')
export class OrganisationPagesController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    res.render('organisations/list', await this.listModel(actor, { name: '', kind: '' }, []));
  }

  @Post()
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const county = this.countyOf(actor);
    if (!canManageRounds(actor, county)) throw forbidden('forbidden.organisations');
    const values = { name: textOf(body, 'name'), kind: textOf(body, 'kind') };
    await renderForm(
      res,
      async () => {
        const made = await this.organisations.create(
          actor,
          county,
          await validateAs(CreateOrganisationDto, values),
        );
        return `/organisations?notice=organisation-added#organisation-${made.id}`;
      },
      { view: 'organisations/list', model: (errors) => this.listModel(actor, values, errors) },
    );
  }

  @Get(':id')
  async edit(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const organisation = await this.find(actor, id);
    res.render('organisations/edit', {
      organisation,
      values: { name: organisation.name, kind: organisation.kind, active: organisation.active },
      kinds: ORGANISATION_KINDS,
      errors: [],
    });
  }

  @Post(':id')
  async update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const organisation = await this.find(actor, id);
    const values = { name: textOf(body, 'name'), kind: textOf(body, 'kind'), active: body.active === 'true' };
    await renderForm(
      res,
      async () => {
        await this.organisations.update(actor, id, await validateAs(UpdateOrganisationDto, values));
        return `/organisations?notice=organisation-saved#organisation-${id}`;
      },
      {
        view: 'organisations/edit',
        model: (errors) => ({ organisation, values, kinds: ORGANISATION_KINDS, errors }),
      },
    );
  }

  private async listModel(actor: Actor, values: { name: string; kind: string }, errors: unknown[]) {
    const county = this.countyOf(actor);
    return {
      organisations: await this.organisations.list(actor, county),
      canManage: canManageRounds(actor, county),
      kinds: ORGANISATION_KINDS,
      values,
      errors,
    };
  }

  private async find(actor: Actor, id: string) {
    const county = this.countyOf(actor);
    const found = (await this.organisations.list(actor, county)).find((o) => o.id === id);
    if (!found) throw notFound('not_found.organisation');
    if (!canManageRounds(actor, county)) throw forbidden('forbidden.organisations');
    return found;
  }

  /** A county's staff keep its list on the pages; admins use the API. */
  private countyOf(actor: Actor): string {
    if (!actor.countyCode || actor.role === 'reporter' || actor.role === 'admin')
      throw forbidden('forbidden.organisations');
    return actor.countyCode;
  }
}
