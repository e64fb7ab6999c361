import { isUuid } from '../../common/ids';
import { Body, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { canCreateUser } from '../../access/access-policy';
import { ROLES, type Actor, type Role } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import type { FieldError } from '../../common/domain-error';
import { validateAs } from '../../common/validation';
import { GeographyService } from '../../geography/geography.service';
import { CreateUserDto } from '../../users/dto/create-user.dto';
import { UpdateUserDto } from '../../users/dto/update-user.dto';
import type { InvitationView } from '../../users/invitations/invitation.view';
import { InvitationsService } from '../../users/invitations/invitations.service';
import type { UserView } from '../../users/user.view';
import { UsersService } from '../../users/users.service';
import { renderForm, textOf, tryForm } from '../forms/form-posts';
import { WebController } from '../web-controller.decorator';
import { filterUsers, USER_FILTER_KEYS, UserFilters } from './user-filters';

/** The roles the actor may give a user of their own county (admins: any), by the API's own rule. */
const assignableRoles = (actor: Actor): Role[] =>
  ROLES.filter((role) =>
    canCreateUser(actor, { role, countyCode: role === 'admin' ? null : actor.countyCode }),
  );

/** A posted account's role and place: a reporter's municipality, staff's county (a coordinator's own). */
function placeOf(actor: Actor, body: Record<string, unknown>): Record<string, string> {
  const role = textOf(body, 'role');
  if (role === 'reporter') {
    // One choice of the reporter's place: a municipality by its code, or one of the county's organisations by its id.
    const place = textOf(body, 'municipalityCode');
    return isUuid(place) ? { role, organisationId: place } : { role, municipalityCode: place };
  }
  if (role === 'analyst' || role === 'coordinator') {
    return {
      role,
      countyCode: actor.role === 'admin' ? textOf(body, 'countyCode') : (actor.countyCode ?? ''),
    };
  }
  return { role };
}

@WebController('users')
export class UserPagesController {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
    private readonly geography: GeographyService,
  ) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Res() res: Response, @Query() query: Record<string, unknown>) {
    const filters = Object.fromEntries(
      USER_FILTER_KEYS.map((key) => [key, typeof query[key] === 'string' ? query[key].slice(0, 100) : '']),
    ) as unknown as UserFilters;
    res.render('users/list', await this.listModel(actor, filters, { role: 'reporter' }, []));
  }

  /** Invites a user: by e-mail, or, without SMTP, with the link shown to hand over. */
  @Post()
  async invite(@CurrentActor() actor: Actor, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const values = { name: textOf(body, 'name'), email: textOf(body, 'email'), ...placeOf(actor, body) };
    await tryForm(
      async () => {
        const invitation = await this.invitations.invite(actor, await validateAs(CreateUserDto, values));
        this.delivered(res, invitation, 'invitation-sent');
      },
      async ({ status, errors }) =>
        res.status(status).render('users/list', await this.listModel(actor, emptyFilters(), values, errors)),
    );
  }

  @Post('invitations/:id/resend')
  async resend(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    this.delivered(res, await this.invitations.resend(actor, id), 'invitation-resent');
  }

  @Post('invitations/:id/withdraw')
  async withdraw(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.invitations.withdraw(actor, id);
    res.redirect(303, '/users?notice=invitation-withdrawn');
  }

  @Get(':id')
  async editPage(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const user = await this.users.viewFor(actor, id);
    res.render('users/edit', await this.editModel(actor, user, valuesOf(user), []));
  }

  @Post(':id')
  async edit(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const user = await this.users.viewFor(actor, id);
    const values = { name: textOf(body, 'name'), ...placeOf(actor, body) };
    await renderForm(
      res,
      async () => {
        await this.users.update(actor, id, await validateAs(UpdateUserDto, values));
        return `/users/${id}?notice=user-saved`;
      },
      { view: 'users/edit', model: (errors) => this.editModel(actor, user, values, errors) },
    );
  }

  /** Deactivating ends the user's sessions and tokens at once; reactivating lets them sign in again. */
  @Post(':id/active')
  async setActive(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const active = textOf(body, 'active') === 'true';
    const user = await this.users.viewFor(actor, id);
    await renderForm(
      res,
      async () => {
        await this.users.update(actor, id, { active });
        return `/users/${id}?notice=${active ? 'user-reactivated' : 'user-deactivated'}`;
      },
      { view: 'users/edit', model: (errors) => this.editModel(actor, user, valuesOf(user), errors) },
    );
  }

  private delivered(res: Response, invitation: InvitationView, notice: string): void {
    if (invitation.emailed) return res.redirect(303, `/users?notice=${notice}`);
    res.status(200).render('users/invited', { invitation });
  }

  private async places(actor: Actor) {
    const counties = await this.geography.listCounties();
    const organisations = (
      await Promise.all(
        (actor.countyCode ? [actor.countyCode] : counties.map((c) => c.code)).map((code) =>
          this.geography.organisationsOfCounty(code, true),
        ),
      )
    ).flat();
    const municipalities = actor.countyCode
      ? await this.geography.municipalitiesOfCounty(actor.countyCode)
      : (await Promise.all(counties.map((c) => this.geography.municipalitiesOfCounty(c.code)))).flat();
    return {
      counties: actor.role === 'admin' ? counties.map((c) => ({ code: c.code, name: c.name })) : [],
      municipalities: municipalities
        .map((m) => ({ code: m.code, name: m.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
      names: new Map<string, string>([
        ...organisations.map((o) => [o.id, o.name] as const),
        ...counties.map((c) => [c.code, c.name] as const),
        ...municipalities.map((m) => [m.code, m.name] as const),
      ]),
    };
  }

  private async listModel(
    actor: Actor,
    filters: UserFilters,
    values: Record<string, string>,
    errors: FieldError[],
  ) {
    const { counties, municipalities, organisations, names } = await this.places(actor);
    const placeName = (u: {
      municipalityCode: string | null;
      organisationId: string | null;
      countyCode: string | null;
    }) => names.get(u.municipalityCode ?? u.organisationId ?? u.countyCode ?? '') ?? '–';
    const all = await this.users.list(actor);
    const shown = filterUsers(all, filters);
    return {
      users: shown.map((u) => ({ ...u, place: placeName(u) })),
      total: all.length,
      filters,
      filtered: USER_FILTER_KEYS.some((key) => filters[key] !== ''),
      invitations: (await this.invitations.list(actor)).map((i) => ({ ...i, place: placeName(i) })),
      values,
      errors,
      roles: assignableRoles(actor),
      allRoles: ROLES,
      counties,
      municipalities,
      organisations,
    };
  }

  private async editModel(
    actor: Actor,
    user: UserView,
    values: Record<string, string>,
    errors: FieldError[],
  ) {
    const { counties, municipalities, organisations } = await this.places(actor);
    return {
      account: user,
      organisations,
      own: user.id === actor.id,
      values,
      errors,
      roles: assignableRoles(actor),
      counties,
      municipalities,
    };
  }
}

/** A user's fields as the edit form shows them. */
const valuesOf = (user: UserView): Record<string, string> => ({
  name: user.name,
  role: user.role,
  municipalityCode: user.municipalityCode ?? user.organisationId ?? '',
  countyCode: user.countyCode ?? '',
});

const emptyFilters = (): UserFilters => ({ q: '', role: '', place: '', status: '' });
