import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/current-actor.decorator';
import type { Actor } from '../access/actor';
import type { CountyPicture } from './county-picture.model';
import { CountyPictureService } from './county-picture.service';
import { NarrativeDto, PictureQueryDto } from './dto/picture-query.dto';
import { ApiErrors } from '../common/api-docs';
import { CountyPictureWithHashBody } from './dto/county-picture.response';

/** The county's texts by section, as stored. */
const NARRATIVES = { type: 'object', additionalProperties: { type: 'string' } } as const;

@ApiTags('county picture')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/rounds/:roundId')
export class CountyPictureController {
  constructor(private readonly pictures: CountyPictureService) {}

  @Get('county-picture')
  @ApiOkResponse({ type: CountyPictureWithHashBody })
  @ApiErrors(400, 403, 404)
  async picture(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Query() query: PictureQueryDto,
  ): Promise<CountyPicture & { snapshotHash: string }> {
    const { picture, snapshotHash } = await this.pictures.picture(
      actor,
      roundId,
      query.include ?? 'approved',
    );
    return { ...picture, snapshotHash };
  }

  @Get('narratives')
  @ApiOkResponse({ schema: NARRATIVES })
  @ApiErrors(403, 404)
  narratives(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
  ): Promise<Record<string, string>> {
    return this.pictures.readNarratives(actor, roundId);
  }

  @Put('narratives/:section')
  @ApiOkResponse({ schema: NARRATIVES })
  @ApiErrors(400, 403, 404)
  saveNarrative(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('section') section: string,
    @Body() dto: NarrativeDto,
  ): Promise<Record<string, string>> {
    return this.pictures.saveNarrative(actor, roundId, section, dto.text);
  }
}
