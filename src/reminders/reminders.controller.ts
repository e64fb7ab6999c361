import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/current-actor.decorator';
import type { Actor } from '../access/actor';
import { ReminderView, RemindersService } from './reminders.service';

@ApiTags('reminders')
@ApiBearerAuth()
@Controller('api/rounds/:roundId/reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  /** Reminds now every municipality of the round that has not submitted or was returned. */
  @Post()
  @HttpCode(200)
  send(@CurrentActor() actor: Actor, @Param('roundId') roundId: string): Promise<ReminderView[]> {
    return this.reminders.sendNow(actor, roundId);
  }

  /** Every reminder of the round: to whom, for which step, and whether it went out. */
  @Get()
  list(@CurrentActor() actor: Actor, @Param('roundId') roundId: string): Promise<ReminderView[]> {
    return this.reminders.list(actor, roundId);
  }
}
