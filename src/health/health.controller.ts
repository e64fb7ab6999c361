import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../access/public.decorator';
import { HealthBody } from './health.response';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  @ApiOkResponse({ type: HealthBody })
  @ApiServiceUnavailableResponse({ type: HealthBody, description: 'The database does not answer' })
  check() {
    return this.health.check([() => this.database.pingCheck('database')]);
  }
}
