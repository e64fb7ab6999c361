import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { ApiErrors } from '../common/api-docs';
import { TrendsQueryDto } from './dto/trends-query.dto';
import { CountyTrendsBody, MunicipalityTrendsBody } from './dto/trends.response';
import type { CountyTrends, MunicipalityTrends } from './trends.model';
import { TrendsService } from './trends.service';

@ApiTags('trends')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api')
export class TrendsController {
  constructor(private readonly trends: TrendsService) {}

  @Get('counties/:code/trends')
  @ApiOkResponse({ type: CountyTrendsBody })
  @ApiErrors(400, 403, 404)
  county(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Query() query: TrendsQueryDto,
  ): Promise<CountyTrends> {
    return this.trends.county(actor, code, { ...query, include: query.include ?? 'approved' });
  }

  @Get('municipalities/:code/trends')
  @ApiOkResponse({ type: MunicipalityTrendsBody })
  @ApiErrors(400, 404)
  municipality(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Query() query: TrendsQueryDto,
  ): Promise<MunicipalityTrends> {
    return this.trends.municipality(actor, code, { ...query, include: query.include ?? 'approved' });
  }
}
