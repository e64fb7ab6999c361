import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { ApiErrors, ApiFile } from '../common/api-docs';
import { ForumReportQueryDto } from './dto/drawn-report.dto';
import { ForumReportsService } from './forum-reports.service';

@ApiTags('dialogue forums')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404, 503)
@Controller('api/forums/:forumId')
export class ForumReportsController {
  constructor(private readonly reports: ForumReportsService) {}

  /** The forum's report: its agenda, its themes, its polls' results and its group notes, as PDF or Word. */
  @Get('report')
  @ApiFile('application/octet-stream', 'The PDF or Word file')
  async report(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
    @Query() query: ForumReportQueryDto,
  ): Promise<StreamableFile> {
    const file = await this.reports.report(actor, forumId, query.format, query.language ?? 'sv');
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
