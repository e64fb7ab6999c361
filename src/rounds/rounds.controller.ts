import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/current-actor.decorator';
import type { Actor } from '../access/actor';
import { CreateRoundDto } from './dto/create-round.dto';
import type { RoundView } from './round.view';
import { RoundsService } from './rounds.service';

@ApiTags('rounds')
@ApiBearerAuth()
@Controller('api/rounds')
export class RoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateRoundDto): Promise<RoundView> {
    return this.rounds.create(actor, dto);
  }

  @Get()
  @ApiQuery({ name: 'county', required: false, description: 'County code; defaults to your own county' })
  list(@CurrentActor() actor: Actor, @Query('county') county?: string): Promise<RoundView[]> {
    return this.rounds.list(actor, typeof county === 'string' && county !== '' ? county : undefined);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<RoundView> {
    return this.rounds.get(actor, id);
  }

  @Post(':id/open')
  @HttpCode(200)
  open(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<RoundView> {
    return this.rounds.move(actor, id, 'open');
  }

  @Post(':id/close')
  @HttpCode(200)
  close(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<RoundView> {
    return this.rounds.move(actor, id, 'close');
  }
}
