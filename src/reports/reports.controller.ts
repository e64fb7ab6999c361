import { Body, Controller, Get, Param, Post, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createReadStream } from 'node:fs';
import { CurrentActor } from '../access/current-actor.decorator';
import type { Actor } from '../access/actor';
import { CreateReportDto } from './dto/create-report.dto';
import { REPORT_CONTENT_TYPES } from './report-format';
import type { ReportView } from './report.view';
import { ReportsService } from './reports.service';
import { ApiErrors, ApiFile } from '../common/api-docs';
import { ReportBody } from './dto/report.response';

@ApiTags('reports')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** 201 with a new export; 200 with the stored one when the data has not changed since it was made. */
  @Post('rounds/:roundId/reports')
  @ApiCreatedResponse({ type: ReportBody, description: 'Made of the picture as it stands' })
  @ApiOkResponse({ type: ReportBody, description: 'The same picture was exported already: that report' })
  @ApiErrors(400, 403, 404, 409, 503)
  async create(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Body() dto: CreateReportDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReportView> {
    const { value, created } = await this.reports.create(actor, roundId, dto);
    res.status(created ? 201 : 200);
    return value;
  }

  @Get('rounds/:roundId/reports')
  @ApiOkResponse({ type: [ReportBody] })
  @ApiErrors(403, 404)
  list(@CurrentActor() actor: Actor, @Param('roundId') roundId: string): Promise<ReportView[]> {
    return this.reports.list(actor, roundId);
  }

  @Get('reports/:id/download')
  @ApiFile('application/octet-stream', 'The PDF or Excel file')
  @ApiErrors(403, 404)
  async download(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<StreamableFile> {
    const file = await this.reports.file(actor, id);
    return new StreamableFile(createReadStream(file.path), {
      type: REPORT_CONTENT_TYPES[file.format],
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
