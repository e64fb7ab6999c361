import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { ApiErrors, ApiFile } from '../common/api-docs';
import { RegisterReportQueryDto } from './dto/drawn-report.dto';
import { RegisterReportsService } from './register-reports.service';

@ApiTags('social-risk register')
@ApiBearerAuth()
@ApiErrors(400, 401, 404, 503)
@Controller('api/municipalities/:code/risk-register')
export class RegisterReportsController {
  constructor(private readonly reports: RegisterReportsService) {}

  /** "Sociala risker – underlag till risk- och sårbarhetsanalysen": the register with its risk matrix. */
  @Get('report')
  @ApiFile('application/octet-stream', 'The PDF, Word or Excel file')
  async report(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Query() query: RegisterReportQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.reports.report(actor, code, query.format, query.language ?? 'sv');
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
