import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/current-actor.decorator';
import type { Actor } from '../access/actor';
import { ReminderView, RemindersService } from './reminders.service';
import { ApiErrors } from '../common/api-docs';
import { ReminderBody } from './dto/reminder.response';

@ApiTags('reminders')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/rounds/:roundId/reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  /** Reminds now every municipality of the round that has not submitted or was returned. */
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: [ReminderBody] })
  @ApiErrors(403, 404, 409, 429)
  send(@CurrentActor() actor: Actor, @Param('roundId') roundId: string): Promise<ReminderView[]> {
    return this.reminders.sendNow(actor, roundId);
  }

  /** Every reminder of the round: to whom, for which step, and whether it went out. */
  @Get()
  @ApiOkResponse({ type: [ReminderBody] })
  @ApiErrors(403, 404)
  list(@CurrentActor() actor: Actor, @Param('roundId') roundId: string): Promise<ReminderView[]> {
    return this.reminders.list(actor, roundId);
  }
}
