import { Body, Controller, Get, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createReadStream } from 'node:fs';
import { CurrentActor } from '../access/current-actor.decorator';
import { NarrativeDto, PictureQueryDto } from '../county-picture/dto/picture-query.dto';
import { CreateReportDto } from '../reports/dto/create-report.dto';
import { REPORT_CONTENT_TYPES } from '../reports/report-format';
import type { Actor } from '../access/actor';
import type { CollectionReportView, CollectionView } from './collection.view';
import { type CollectionTrends, CollectionsService } from './collections.service';
import { TrendsQueryDto } from '../trends/dto/trends-query.dto';
import { CreateCollectionDto } from './dto/create-collection.dto';
import type { NationalPicture } from './national-picture';
import { ApiErrors, ApiFile } from '../common/api-docs';
import {
  CollectionBody,
  CollectionReportBody,
  CollectionTrendsBody,
  NationalPictureBody,
} from './dto/collection.response';

/** The admins' texts by section, as stored. */
const NARRATIVES = { type: 'object', additionalProperties: { type: 'string' } } as const;

@ApiTags('national collections')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/collections')
export class CollectionsController {
  constructor(private readonly collections: CollectionsService) {}

  @Post()
  @ApiCreatedResponse({ type: CollectionBody })
  @ApiErrors(400, 403)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCollectionDto): Promise<CollectionView> {
    return this.collections.create(actor, dto);
  }

  @Get()
  @ApiOkResponse({ type: [CollectionBody] })
  @ApiErrors(403)
  list(@CurrentActor() actor: Actor): Promise<CollectionView[]> {
    return this.collections.list(actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: CollectionBody })
  @ApiErrors(403, 404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CollectionView> {
    return this.collections.get(actor, id);
  }

  @Get(':id/picture')
  @ApiOkResponse({ type: NationalPictureBody })
  @ApiErrors(400, 403, 404)
  picture(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: PictureQueryDto,
  ): Promise<NationalPicture> {
    return this.collections.picture(actor, id, query.include ?? 'approved');
  }

  @Get(':id/trends')
  @ApiOkResponse({ type: CollectionTrendsBody })
  @ApiErrors(400, 403, 404)
  trends(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: TrendsQueryDto,
  ): Promise<CollectionTrends> {
    return this.collections.trends(actor, id, { ...query, include: query.include ?? 'approved' });
  }

  /** 201 with a new export; 200 with the stored one when the data has not changed since it was made. */
  @Post(':id/reports')
  @ApiCreatedResponse({ type: CollectionReportBody, description: 'Made of the picture as it stands' })
  @ApiOkResponse({ type: CollectionReportBody, description: 'The same picture was exported already' })
  @ApiErrors(400, 403, 404, 409, 503)
  async createReport(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() dto: CreateReportDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CollectionReportView> {
    const { value, created } = await this.collections.createReport(actor, id, dto);
    res.status(created ? 201 : 200);
    return value;
  }

  @Get(':id/reports')
  @ApiOkResponse({ type: [CollectionReportBody] })
  @ApiErrors(403, 404)
  reports(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CollectionReportView[]> {
    return this.collections.listReports(actor, id);
  }

  @Get(':id/reports/:reportId/download')
  @ApiFile('application/octet-stream', 'The PDF or Excel file')
  @ApiErrors(403, 404)
  async download(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('reportId') reportId: string,
  ): Promise<StreamableFile> {
    const file = await this.collections.file(actor, id, reportId);
    return new StreamableFile(createReadStream(file.path), {
      type: REPORT_CONTENT_TYPES[file.format],
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }

  /** The admins' own texts of the national report, by section. */
  @Get(':id/narratives')
  @ApiOkResponse({ schema: NARRATIVES })
  @ApiErrors(403, 404)
  narratives(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<Record<string, string>> {
    return this.collections.readNarratives(actor, id);
  }

  /** Sections: summary, comparison, response, riskAreas and `riskArea.<code>`; an empty text removes the section's. */
  @Put(':id/narratives/:section')
  @ApiOkResponse({ schema: NARRATIVES })
  @ApiErrors(400, 403, 404)
  saveNarrative(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('section') section: string,
    @Body() dto: NarrativeDto,
  ): Promise<Record<string, string>> {
    return this.collections.saveNarrative(actor, id, section, dto.text);
  }
}
