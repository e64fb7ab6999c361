import { Body, Controller, Get, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createReadStream } from 'node:fs';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { Actor } from '../users/role';
import { CreateReportDto } from './dto/create-report.dto';
import { REPORT_CONTENT_TYPES, type ReportView } from './report.view';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post('rounds/:roundId/reports')
  create(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Body() dto: CreateReportDto,
  ): Promise<ReportView> {
    return this.reports.create(actor, roundId, dto);
  }

  @Get('rounds/:roundId/reports')
  list(@CurrentActor() actor: Actor, @Param('roundId') roundId: string): Promise<ReportView[]> {
    return this.reports.list(actor, roundId);
  }

  @Get('reports/:id/download')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<StreamableFile> {
    const file = await this.reports.file(actor, id);
    return new StreamableFile(createReadStream(file.path), {
      type: REPORT_CONTENT_TYPES[file.format],
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
