import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { ApiErrors } from '../common/api-docs';
import { CreateForumDto, ForumListQueryDto, UpdateForumDto } from './dto/forum.dto';
import { ForumBody, ForumResultBody } from './dto/forum.response';
import type { ForumResult } from './forum-results';
import { ForumResultsService } from './forum-results.service';
import type { ForumView } from './forum.view';
import { ForumsService } from './forums.service';

@ApiTags('dialogue forums')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/forums')
export class ForumsController {
  constructor(
    private readonly forums: ForumsService,
    private readonly results: ForumResultsService,
  ) {}

  /** Plans a forum: its agenda is proposed, its groups made as `grouping` says, its join code drawn. */
  @Post()
  @ApiCreatedResponse({ type: ForumBody })
  @ApiErrors(400, 403)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateForumDto): Promise<ForumView> {
    return this.forums.create(actor, dto);
  }

  @Get()
  @ApiOkResponse({ type: [ForumBody] })
  @ApiErrors(400, 403, 404)
  list(@CurrentActor() actor: Actor, @Query() query: ForumListQueryDto): Promise<ForumView[]> {
    return this.forums.list(actor, query.countyCode);
  }

  @Get(':id')
  @ApiOkResponse({ type: ForumBody })
  @ApiErrors(403, 404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ForumView> {
    return this.forums.get(actor, id);
  }

  /** What the forum gave so far: its themes, the polls it opened with their results, and its group notes. */
  @Get(':id/results')
  @ApiOkResponse({ type: ForumResultBody })
  @ApiErrors(403, 404)
  result(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ForumResult> {
    return this.results.ofForum(actor, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ForumBody })
  @ApiErrors(400, 403, 404, 409)
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() dto: UpdateForumDto,
  ): Promise<ForumView> {
    return this.forums.update(actor, id, dto);
  }
}
