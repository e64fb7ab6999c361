import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { GeographyService, MunicipalityView } from './geography.service';
import { ApiErrors } from '../common/api-docs';
import { CountyBody, MunicipalityBody } from './dto/geography.response';

@ApiTags('geography')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/counties')
export class GeographyController {
  constructor(private readonly geography: GeographyService) {}

  @Get()
  @ApiOkResponse({ type: [CountyBody] })
  async list(): Promise<{ code: string; name: string }[]> {
    return (await this.geography.listCounties()).map(({ code, name }) => ({ code, name }));
  }

  @Get(':code/municipalities')
  @ApiOkResponse({ type: [MunicipalityBody] })
  @ApiErrors(404)
  municipalities(@Param('code') code: string): Promise<MunicipalityView[]> {
    return this.geography.municipalitiesOfCounty(code);
  }
}
