import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/current-actor.decorator';
import type { Actor } from '../access/actor';
import { CreateRoundDto, ReportDetailsDto, RoundOrganisationsDto } from './dto/create-round.dto';
import type { RoundView } from './round.view';
import { RoundsService } from './rounds.service';
import { ApiErrors } from '../common/api-docs';
import { RoundBody } from './dto/round.response';

@ApiTags('rounds')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/rounds')
export class RoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @Post()
  @ApiCreatedResponse({ type: RoundBody })
  @ApiErrors(400, 403)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateRoundDto): Promise<RoundView> {
    return this.rounds.create(actor, dto);
  }

  @Get()
  @ApiQuery({ name: 'county', required: false, description: 'County code; defaults to your own county' })
  @ApiOkResponse({ type: [RoundBody] })
  @ApiErrors(403)
  list(@CurrentActor() actor: Actor, @Query('county') county?: string): Promise<RoundView[]> {
    return this.rounds.list(actor, typeof county === 'string' && county !== '' ? county : undefined);
  }

  @Get(':id')
  @ApiOkResponse({ type: RoundBody })
  @ApiErrors(404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<RoundView> {
    return this.rounds.get(actor, id);
  }

  /** The report's case number and contact; a field left out stays as it is, an empty one is cleared. */
  @Patch(':id')
  @ApiOkResponse({ type: RoundBody })
  @ApiErrors(400, 403, 404)
  updateReportDetails(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() dto: ReportDetailsDto,
  ): Promise<RoundView> {
    return this.rounds.updateReportDetails(actor, id, dto);
  }

  /** The county's organisations the round asks besides its municipalities, while it is planned or open. */
  @Put(':id/organisations')
  @ApiOkResponse({ type: RoundBody })
  @ApiErrors(400, 403, 404, 409)
  setOrganisations(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() dto: RoundOrganisationsDto,
  ): Promise<RoundView> {
    return this.rounds.setOrganisations(actor, id, dto.organisationIds);
  }

  @Post(':id/open')
  @HttpCode(200)
  @ApiOkResponse({ type: RoundBody })
  @ApiErrors(403, 404, 409)
  open(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<RoundView> {
    return this.rounds.move(actor, id, 'open');
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: RoundBody })
  @ApiErrors(403, 404, 409)
  close(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<RoundView> {
    return this.rounds.move(actor, id, 'close');
  }
}
