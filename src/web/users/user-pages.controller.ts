import { Body, Get, Post, Res, Render } from '@nestjs/common';
import type { FieldError } from '../../common/domain-error';
import type { Response } from 'express';
import { canCreateUser } from '../../access/access-policy';
import { CurrentActor } from '../../access/current-actor.decorator';
import { validateAs } from '../../common/validation';
import { GeographyService } from '../../geography/geography.service';
import { CreateUserDto } from '../../users/dto/create-user.dto';
import { ROLES, type Actor, type Role } from '../../access/actor';
import { UsersService } from '../../users/users.service';
import { InvitationsService } from '../../users/invitations/invitations.service';
import { renderForm, textOf } from '../forms/form-posts';
import { WebController } from '../web-controller.decorator';

/** The roles the actor may give a new user of their own county (admins: any), by the API's own rule. */
const creatableRoles = (actor: Actor): Role[] =>
  ROLES.filter((role) =>
    canCreateUser(actor, { role, countyCode: role === 'admin' ? null : actor.countyCode }),
  );

@WebController('users')
export class UserPagesController {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
    private readonly geography: GeographyService,
  ) {}

  @Get()
  @Render('users/list')
  list(@CurrentActor() actor: Actor) {
    return this.model(actor, { role: 'reporter' }, []);
  }

  @Post()
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const role = textOf(body, 'role');
    const values: Record<string, string> = {
      name: textOf(body, 'name'),
      email: textOf(body, 'email'),
      password: textOf(body, 'password'),
      role,
    };
    if (role === 'reporter') values.municipalityCode = textOf(body, 'municipalityCode');
    if (role === 'analyst' || role === 'coordinator') {
      values.countyCode = actor.role === 'admin' ? textOf(body, 'countyCode') : (actor.countyCode ?? '');
    }
    await renderForm(
      res,
      async () => {
        const dto = await validateAs(CreateUserDto, values);
        const { password } = dto;
        if (password) await this.users.create(actor, { ...dto, password });
        else await this.invitations.invite(actor, dto);
        return '/users?notice=user-created';
      },
      { view: 'users/list', model: (errors) => this.model(actor, { ...values, password: '' }, errors) },
    );
  }

  private async model(actor: Actor, values: Record<string, string>, errors: FieldError[]) {
    const users = await this.users.list(actor);
    const counties = await this.geography.listCounties();
    const municipalities = actor.countyCode
      ? await this.geography.municipalitiesOfCounty(actor.countyCode)
      : (await Promise.all(counties.map((c) => this.geography.municipalitiesOfCounty(c.code)))).flat();
    return {
      users,
      values,
      errors,
      roles: creatableRoles(actor),
      counties: actor.role === 'admin' ? counties.map((c) => ({ code: c.code, name: c.name })) : [],
      municipalities: municipalities.map((m) => ({ code: m.code, name: m.name })),
    };
  }
}
