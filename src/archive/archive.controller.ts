import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createReadStream } from 'node:fs';
import { CurrentActor } from '../access/current-actor.decorator';
import { REPORT_CONTENT_TYPES } from '../reports/report.view';
import type { Actor } from '../access/actor';
import type { ArchiveExportView } from './archive-export.view';
import { ArchiveService } from './archive.service';
import { CreateArchiveExportDto } from './dto/create-archive-export.dto';

@ApiTags('archive')
@ApiBearerAuth()
@Controller('api/archive-exports')
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  /**
   * Starts writing the archive in the background; answers at once with the export and its progress, or with the
   * county's export that is already being written.
   */
  @Post()
  @HttpCode(202)
  async start(@CurrentActor() actor: Actor, @Body() dto: CreateArchiveExportDto): Promise<ArchiveExportView> {
    return (await this.archive.start(actor, dto.countyCode ?? null)).value;
  }

  @Get()
  list(@CurrentActor() actor: Actor): Promise<ArchiveExportView[]> {
    return this.archive.list(actor);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ArchiveExportView> {
    return this.archive.get(actor, id);
  }

  @Get(':id/download')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<StreamableFile> {
    const file = await this.archive.file(actor, id);
    return new StreamableFile(createReadStream(file.path), {
      type: REPORT_CONTENT_TYPES.xlsx,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
