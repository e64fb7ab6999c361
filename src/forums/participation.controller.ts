import { Body, Controller, Get, HttpCode, MessageEvent, Param, Post, Put, Req, Sse } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { Public } from '../access/public.decorator';
import { AuthService } from '../auth/auth.service';
import { PARTICIPANT_HEADER, participantTokenOf, RateLimited } from '../auth/rate-limits';
import { ApiErrors, ApiEventStream } from '../common/api-docs';
import { AnswerDto, JoinDto } from './dto/poll.dto';
import { CurrentPollBody, JoinedBody, OpenPollBody } from './dto/poll.response';
import { ForumStreams } from './live/forum-streams';
import { Joined, ParticipationService } from './participation.service';
import type { OpenPollView } from './poll.view';

const PASS = { name: PARTICIPANT_HEADER, description: 'The pass given at joining', required: true };

/**
 * A forum's participants: anyone with the code joins, anonymously unless signed in as a user of the forum's county,
 * and answers the open poll with the pass joining gave. Each participant's requests are limited per minute.
 */
@ApiTags('dialogue forum participants')
@ApiErrors(401, 404, 429)
@Public()
@Controller('api/forum-participation')
export class ParticipationController {
  constructor(
    private readonly participation: ParticipationService,
    private readonly auth: AuthService,
    private readonly streams: ForumStreams,
  ) {}

  /** Joins with the forum's code; with a bearer token of a user of the forum's county, as that user. */
  @Post('join')
  @HttpCode(200)
  @RateLimited('join')
  @ApiOkResponse({ type: JoinedBody })
  @ApiErrors(400)
  async join(@Req() req: Request, @Body() dto: JoinDto): Promise<Joined> {
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    const user = scheme === 'Bearer' && token ? await this.auth.userForToken(token) : null;
    return this.participation.join(dto.joinCode, user);
  }

  @Get('poll')
  @RateLimited('participant')
  @ApiHeader(PASS)
  @ApiOkResponse({ type: CurrentPollBody })
  async poll(@Req() req: Request): Promise<{ poll: OpenPollView | null }> {
    const participant = await this.participation.participant(participantTokenOf(req, 'header'));
    return { poll: await this.participation.openPoll(participant) };
  }

  /** Answers the open poll with the field its kind takes; answering again replaces the answer. */
  @Put('polls/:pollId/answer')
  @RateLimited('participant')
  @ApiHeader(PASS)
  @ApiOkResponse({ type: OpenPollBody })
  @ApiErrors(400, 409)
  async answer(
    @Req() req: Request,
    @Param('pollId') pollId: string,
    @Body() dto: AnswerDto,
  ): Promise<OpenPollView> {
    const participant = await this.participation.participant(participantTokenOf(req, 'header'));
    return this.participation.answer(participant, pollId, dto);
  }

  /** `poll` ({ poll }) at once and whenever the facilitator opens or closes one; `ping` now and then. */
  @Sse('events')
  @RateLimited('participant')
  @ApiHeader(PASS)
  @ApiEventStream('Events `poll` ({ poll: the open poll or null }) and `ping`')
  async events(@Req() req: Request): Promise<Observable<MessageEvent>> {
    const participant = await this.participation.participant(participantTokenOf(req, 'header'));
    return this.streams.participant(participant);
  }
}
