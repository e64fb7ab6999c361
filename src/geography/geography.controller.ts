import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { GeographyService, MunicipalityView } from './geography.service';

@ApiTags('geography')
@ApiBearerAuth()
@Controller('api/counties')
export class GeographyController {
  constructor(private readonly geography: GeographyService) {}

  @Get()
  async list(): Promise<{ code: string; name: string }[]> {
    return (await this.geography.listCounties()).map(({ code, name }) => ({ code, name }));
  }

  @Get(':code/municipalities')
  municipalities(@Param('code') code: string): Promise<MunicipalityView[]> {
    return this.geography.municipalitiesOfCounty(code);
  }
}
