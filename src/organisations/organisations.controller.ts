import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { ApiErrors } from '../common/api-docs';
import { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationBody } from './dto/organisation.response';
import type { OrganisationView } from './organisation.view';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@ApiBearerAuth()
@ApiErrors(401, 403, 404)
@Controller('api')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  /** The organisations the county's rounds may ask besides its municipalities. */
  @Get('counties/:code/organisations')
  @ApiOkResponse({ type: [OrganisationBody] })
  list(@CurrentActor() actor: Actor, @Param('code') code: string): Promise<OrganisationView[]> {
    return this.organisations.list(actor, code);
  }

  @Post('counties/:code/organisations')
  @ApiCreatedResponse({ type: OrganisationBody })
  @ApiErrors(400)
  create(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Body() dto: CreateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.organisations.create(actor, code, dto);
  }

  @Patch('organisations/:id')
  @ApiOkResponse({ type: OrganisationBody })
  @ApiErrors(400)
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() dto: UpdateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.organisations.update(actor, id, dto);
  }
}
