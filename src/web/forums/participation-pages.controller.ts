import { Body, Get, MessageEvent, Post, Query, Render, Req, Res, Sse } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../access/current-actor.decorator';
import { Public } from '../../access/public.decorator';
import { PARTICIPANT_COOKIE, participantTokenOf, RateLimited } from '../../auth/rate-limits';
import { FieldError } from '../../common/domain-error';
import { validateAs } from '../../common/validation';
import { AnswerDto } from '../../forums/dto/poll.dto';
import type { ForumParticipant } from '../../forums/forum-participant.entity';
import { ForumStreams } from '../../forums/live/forum-streams';
import { ParticipationService } from '../../forums/participation.service';
import { renderForm, textOf } from '../forms/form-posts';
import { CookiePolicy } from '../session/cookie-policy';
import { WebController } from '../web-controller.decorator';
import { answerFromForm, answerValues } from './forum-form';

/** A participant's pass lasts the day of the forum on the phone that joined. */
const PASS_HOURS = 12;

/**
 * A forum's participants on their phones: they type the code (or open the link or QR code the presenter view shows),
 * and answer each question as the facilitator opens it. Guests need no account and stay anonymous; someone signed in
 * as a user of the forum's county joins as themselves.
 */
@WebController('delta')
export class ParticipationPagesController {
  constructor(
    private readonly participation: ParticipationService,
    private readonly streams: ForumStreams,
    private readonly cookies: CookiePolicy,
  ) {}

  @Public()
  @Get()
  @Render('forums/join')
  joinPage(@Query('kod') code?: string) {
    return { values: { joinCode: typeof code === 'string' ? code.slice(0, 20) : '' }, errors: [] };
  }

  @Public()
  @Post()
  @RateLimited('join')
  async join(
    @Req() req: Request & AuthenticatedRequest,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const joinCode = textOf(body, 'joinCode');
    await renderForm(
      res,
      async () => {
        const joined = await this.participation.join(joinCode, req.actor ?? null);
        res.cookie(PARTICIPANT_COOKIE, joined.token, {
          ...this.cookies.options(req),
          maxAge: PASS_HOURS * 3600_000,
        });
        return '/delta/forum';
      },
      { view: 'forums/join', model: (errors) => ({ values: { joinCode }, errors }) },
    );
  }

  /** The question open now, with the participant's answer if they gave one, or word to wait for the next. */
  @Public()
  @Get('forum')
  @RateLimited('participant')
  async forum(@Req() req: Request, @Res() res: Response): Promise<void> {
    const participant = await this.passOf(req);
    if (!participant) return res.redirect(303, '/delta');
    res.render('forums/participate', await this.model(participant, null, []));
  }

  @Public()
  @Post('forum')
  @RateLimited('participant')
  async answer(
    @Req() req: Request,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const participant = await this.passOf(req);
    if (!participant) return res.redirect(303, '/delta');
    const pollId = textOf(body, 'pollId');
    const open = await this.participation.openPoll(participant);
    // Closed (or another opened) while the participant wrote: they are told so and shown what is open now.
    if (open?.id !== pollId) return res.redirect(303, '/delta/forum?notice=question-closed');
    await renderForm(
      res,
      async () => {
        const dto = await validateAs(AnswerDto, answerFromForm(open.kind, body));
        await this.participation.answer(participant, pollId, dto);
        return '/delta/forum?notice=answer-saved';
      },
      { view: 'forums/participate', model: (errors) => this.model(participant, body, errors) },
    );
  }

  /** What the phone's page listens to: the open question, whenever the facilitator opens or closes one. */
  @Public()
  @Sse('events')
  @RateLimited('participant')
  async events(@Req() req: Request): Promise<Observable<MessageEvent>> {
    const participant = await this.participation.participant(participantTokenOf(req, 'cookie'));
    return this.streams.participant(participant);
  }

  private async passOf(req: Request): Promise<ForumParticipant | null> {
    const token = participantTokenOf(req, 'cookie');
    return token ? this.participation.participant(token).catch(() => null) : null;
  }

  private async model(
    participant: ForumParticipant,
    posted: Record<string, unknown> | null,
    errors: FieldError[],
  ) {
    const [forum, poll] = await Promise.all([
      this.participation.forumOf(participant),
      this.participation.openPoll(participant),
    ]);
    return {
      forum: { title: forum.title },
      poll,
      values: answerValues(poll?.answer ?? null, posted),
      errors,
    };
  }
}
