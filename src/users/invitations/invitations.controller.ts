import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { Public } from '../../access/public.decorator';
import { ApiErrors } from '../../common/api-docs';
import { UserBody } from '../dto/user.response';
import { toUserView, UserView } from '../user.view';
import { AcceptInvitationDto } from './dto/accept-invitation.dto';
import { InvitationBody } from './dto/invitation.response';
import type { InvitationView } from './invitation.view';
import { InvitationsService } from './invitations.service';

@ApiTags('users')
@Controller('api/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  /** Invitations not yet used or taken back: a coordinator's county's, all for admins. */
  @ApiBearerAuth()
  @Get()
  @ApiOkResponse({ type: [InvitationBody] })
  @ApiErrors(401, 403)
  list(@CurrentActor() actor: Actor): Promise<InvitationView[]> {
    return this.invitations.list(actor);
  }

  /** A new link, by e-mail (or to hand over); the one before stops working. */
  @ApiBearerAuth()
  @Post(':id/resend')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationBody })
  @ApiErrors(401, 404, 409)
  resend(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<InvitationView> {
    return this.invitations.resend(actor, id);
  }

  /** Takes the invitation back; its link stops working. */
  @ApiBearerAuth()
  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationBody })
  @ApiErrors(401, 404, 409)
  withdraw(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<InvitationView> {
    return this.invitations.withdraw(actor, id);
  }

  /** The invited person chooses a password; the account is made and the link stops working. */
  @Public()
  @Post('accept')
  @ApiCreatedResponse({ type: UserBody })
  @ApiErrors(400, 404)
  async accept(@Body() dto: AcceptInvitationDto): Promise<UserView> {
    return toUserView(await this.invitations.accept(dto.token, dto.password));
  }
}
