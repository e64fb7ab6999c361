import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createReadStream } from 'node:fs';
import { CurrentActor } from '../access/current-actor.decorator';
import { REPORT_CONTENT_TYPES } from '../reports/report-format';
import type { Actor } from '../access/actor';
import type { ArchiveExportView } from './archive-export.view';
import { ArchiveService } from './archive.service';
import { CreateArchiveExportDto } from './dto/create-archive-export.dto';
import { ApiErrors, ApiFile } from '../common/api-docs';
import { ArchiveExportBody } from './dto/archive-export.response';

@ApiTags('archive')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/archive-exports')
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  /**
   * Starts writing the archive in the background; answers at once with the export and its progress, or with the
   * county's export that is already being written.
   */
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: ArchiveExportBody,
    description: 'Started, or the unfinished one of the same county',
  })
  @ApiErrors(400, 403, 404, 429, 503)
  async start(@CurrentActor() actor: Actor, @Body() dto: CreateArchiveExportDto): Promise<ArchiveExportView> {
    return (await this.archive.start(actor, dto.countyCode ?? null)).value;
  }

  @Get()
  @ApiOkResponse({ type: [ArchiveExportBody] })
  @ApiErrors(403)
  list(@CurrentActor() actor: Actor): Promise<ArchiveExportView[]> {
    return this.archive.list(actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: ArchiveExportBody })
  @ApiErrors(403, 404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ArchiveExportView> {
    return this.archive.get(actor, id);
  }

  @Get(':id/download')
  @ApiFile(REPORT_CONTENT_TYPES.xlsx, 'The archive as an Excel file')
  @ApiErrors(403, 404, 409)
  async download(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<StreamableFile> {
    const file = await this.archive.file(actor, id);
    return new StreamableFile(createReadStream(file.path), {
      type: REPORT_CONTENT_TYPES.xlsx,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
