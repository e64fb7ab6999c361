import { Body, Controller, Get, HttpCode, MessageEvent, Param, Post, Put, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { ApiErrors, ApiEventStream } from '../common/api-docs';
import { AnswerHiddenDto, CreatePollDto } from './dto/poll.dto';
import { ParticipantsBody, PollBody } from './dto/poll.response';
import { ForumPollsService, ParticipantsView } from './forum-polls.service';
import { ForumsService } from './forums.service';
import { ForumStreams } from './live/forum-streams';
import type { PollView } from './poll.view';

/** The facilitator's side of a forum's live polls, and the presenter view's stream. */
@ApiTags('dialogue forums')
@ApiBearerAuth()
@ApiErrors(401, 403, 404)
@Controller('api/forums/:forumId')
export class ForumPollsController {
  constructor(
    private readonly polls: ForumPollsService,
    private readonly forums: ForumsService,
    private readonly streams: ForumStreams,
  ) {}

  @Get('polls')
  @ApiOkResponse({ type: [PollBody] })
  list(@CurrentActor() actor: Actor, @Param('forumId') forumId: string): Promise<PollView[]> {
    return this.polls.list(actor, forumId);
  }

  /** Writes a poll; it waits, closed, until it is opened. */
  @Post('polls')
  @ApiCreatedResponse({ type: PollBody })
  @ApiErrors(400)
  create(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
    @Body() dto: CreatePollDto,
  ): Promise<PollView> {
    return this.polls.create(actor, forumId, dto);
  }

  /** Opens the poll for answers, and closes the one open before it. */
  @Post('polls/:pollId/open')
  @HttpCode(200)
  @ApiOkResponse({ type: PollBody })
  open(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
    @Param('pollId') pollId: string,
  ): Promise<PollView> {
    return this.polls.open(actor, forumId, pollId);
  }

  @Post('polls/:pollId/close')
  @HttpCode(200)
  @ApiOkResponse({ type: PollBody })
  close(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
    @Param('pollId') pollId: string,
  ): Promise<PollView> {
    return this.polls.close(actor, forumId, pollId);
  }

  /** Hides an open-text answer from the presenter view, or shows it again. */
  @Put('polls/:pollId/answers/:answerId/hidden')
  @ApiOkResponse({ type: PollBody })
  @ApiErrors(400)
  hide(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
    @Param('pollId') pollId: string,
    @Param('answerId') answerId: string,
    @Body() dto: AnswerHiddenDto,
  ): Promise<PollView> {
    return this.polls.setHidden(actor, forumId, pollId, answerId, dto);
  }

  @Get('participants')
  @ApiOkResponse({ type: ParticipantsBody })
  participants(@CurrentActor() actor: Actor, @Param('forumId') forumId: string): Promise<ParticipantsView> {
    return this.polls.participants(actor, forumId);
  }

  /**
   * The forum live: `polls` (every poll with its results) at once and whenever a poll is made, opened or closed;
   * `results` (one poll) as its answers come, at most ten times a second; `ping` now and then.
   */
  @Sse('events')
  @ApiEventStream('Events `polls` (a list of polls), `results` (one poll) and `ping`')
  async events(
    @CurrentActor() actor: Actor,
    @Param('forumId') forumId: string,
  ): Promise<Observable<MessageEvent>> {
    // Refused before the stream begins, while the answer can still be an error.
    const forum = await this.forums.readable(actor, forumId);
    return this.streams.presenter(forum, true);
  }
}
