import { Body, Controller, Get, HttpCode, MessageEvent, Param, Post, Put, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { ApiErrors, ApiEventStream } from '../common/api-docs';
import { SectionTextDto, TimerDto } from './dto/text.dto';
import { GroupRoomBody, PreparationBody, PreparationStatusBody, TextSectionBody } from './dto/text.response';
import { ForumPreparationsService, PreparationStatus, PreparationView } from './forum-preparations.service';
import type { TextSectionView } from './forum-texts.service';
import { GroupRoomsService, GroupRoomView } from './group-rooms.service';
import { ForumStreams } from './live/forum-streams';

/** A forum's shared texts: the municipalities' preparatory documents and the group rooms' notes and timers. */
@ApiTags('dialogue forums')
@ApiBearerAuth()
@ApiErrors(401, 403, 404)
@Controller('api/forums/:forumId')
export class ForumTextsController {
  constructor(
    private readonly documents: ForumPreparationsService,
    private readonly rooms: GroupRoomsService,
    private readonly streams: ForumStreams,
  ) {}

  /** Who has prepared: each municipality of the forum's groups, for the facilitator. */
  @Get('preparations')
  @ApiOkResponse({ type: [PreparationStatusBody] })
  preparations(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
  ): Promise<PreparationStatus[]> {
    return this.documents.list(actor, forumId);
  }

  /** The municipality's preparatory document: what it wrote, and the proposal from its latest assessment elsewhere. */
  @Get('preparations/:code')
  @ApiOkResponse({ type: PreparationBody })
  preparation(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
    @Param('code') code: string,
  ): Promise<PreparationView> {
    return this.documents.get(actor, forumId, code);
  }

  @Put('preparations/:code/sections/:section')
  @ApiOkResponse({ type: TextSectionBody })
  @ApiErrors(400, 409)
  savePreparation(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
    @Param('code') code: string,
    @Param('section') section: string,
    @Body() dto: SectionTextDto,
  ): Promise<TextSectionView> {
    return this.documents.save(actor, forumId, code, section, dto);
  }

  @Post('preparations/:code/prepared')
  @HttpCode(200)
  @ApiOkResponse({ type: PreparationBody })
  prepared(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
    @Param('code') code: string,
  ): Promise<PreparationView> {
    return this.documents.markPrepared(actor, forumId, code);
  }

  @Get('groups/:groupId')
  @ApiOkResponse({ type: GroupRoomBody })
  groupRoom(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
    @Param('groupId') groupId: string,
  ): Promise<GroupRoomView> {
    return this.rooms.get(actor, forumId, groupId);
  }

  /** Saves one note of the group room, written on the version read: a municipality's (by its code) or the summary. */
  @Put('groups/:groupId/notes/:section')
  @ApiOkResponse({ type: TextSectionBody })
  @ApiErrors(400, 409)
  saveNote(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
    @Param('groupId') groupId: string,
    @Param('section') section: string,
    @Body() dto: SectionTextDto,
  ): Promise<TextSectionView> {
    return this.rooms.saveNote(actor, forumId, groupId, section, dto);
  }

  /** Starts a municipality's presentation: the room's timer runs for its minutes. */
  @Post('groups/:groupId/timer')
  @HttpCode(200)
  @ApiOkResponse({ type: GroupRoomBody })
  @ApiErrors(400)
  timer(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
    @Param('groupId') groupId: string,
    @Body() dto: TimerDto,
  ): Promise<GroupRoomView> {
    return this.rooms.startTimer(actor, forumId, groupId, dto);
  }

  /** `room` (the group room) at once and whenever one of its notes or its timer changes; `ping` now and then. */
  @Sse('groups/:groupId/events')
  @ApiEventStream('Events `room` (the group room) and `ping`')
  async roomEvents(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
    @Param('groupId') groupId: string,
  ): Promise<Observable<MessageEvent>> {
    await this.rooms.get(actor, forumId, groupId);
    return this.streams.room(forumId, groupId, () => this.rooms.get(actor, forumId, groupId));
  }
}
