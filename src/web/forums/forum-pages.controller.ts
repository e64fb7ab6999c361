import { Body, Get, MessageEvent, Param, Post, Query, Render, Res, Sse } from '@nestjs/common';
import type { Response } from 'express';
import { toString as qrSvg } from 'qrcode';
import type { Observable } from 'rxjs';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { FieldError, forbidden } from '../../common/domain-error';
import { validateAs } from '../../common/validation';
import { AppConfig } from '../../config/app-config';
import { AnswerHiddenDto, CreatePollDto } from '../../forums/dto/poll.dto';
import { CreateForumDto } from '../../forums/dto/forum.dto';
import { ForumPollsService } from '../../forums/forum-polls.service';
import { ForumPreparationsService } from '../../forums/forum-preparations.service';
import type { Forum } from '../../forums/forum.entity';
import { ForumsService } from '../../forums/forums.service';
import { ForumStreams } from '../../forums/live/forum-streams';
import { ForumReportQueryDto } from '../../reports/dto/drawn-report.dto';
import { ForumReportsService } from '../../reports/forum-reports.service';
import type { PollView } from '../../forums/poll.view';
import { GeographyService } from '../../geography/geography.service';
import { RoundsService } from '../../rounds/rounds.service';
import { renderForm, textOf } from '../forms/form-posts';
import { WebController } from '../web-controller.decorator';
import { pollFromForm, stockholmInstant } from './forum-form';
import { resultRows } from '../../forums/poll-rules';

interface PollValues {
  kind: string;
  question: string;
  options: string;
  steps: string;
  maxChoices: string;
}

/** The poll closed last, for the presenter view between polls. */
const latestClosed = (polls: PollView[]) =>
  polls
    .filter((p) => p.state === 'closed')
    .sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''))[0];

/** A forum as the pages show it. */
const toPage = (forum: Forum) => ({ ...forum, startsAt: forum.startsAt.toISOString() });

interface PlanValues {
  title: string;
  startsAt: string;
  roundId: string;
  grouping: string;
}

/** A county's dialogue forums for its staff: the list, the plan form for coordinators, and each forum's plan. */
@WebController('forums')
export class ForumPagesController {
  constructor(
    private readonly forums: ForumsService,
    private readonly polls: ForumPollsService,
    private readonly documents: ForumPreparationsService,
    private readonly streams: ForumStreams,
    private readonly rounds: RoundsService,
    private readonly geography: GeographyService,
    private readonly config: AppConfig,
    private readonly reports: ForumReportsService,
  ) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    if (actor.role === 'reporter') return res.render('forums/mine', await this.mineModel(actor));
    res.render(
      'forums/list',
      await this.listModel(actor, { title: '', startsAt: '', roundId: '', grouping: 'mainGroup' }, []),
    );
  }

  @Post()
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const values: PlanValues = {
      title: textOf(body, 'title'),
      startsAt: textOf(body, 'startsAt'),
      roundId: textOf(body, 'roundId'),
      grouping: textOf(body, 'grouping'),
    };
    await renderForm(
      res,
      async () => {
        const dto = await validateAs(CreateForumDto, {
          countyCode: this.countyOf(actor),
          title: values.title,
          startsAt: values.startsAt ? stockholmInstant(values.startsAt) : undefined,
          grouping: values.grouping,
          ...(values.roundId ? { roundId: values.roundId } : {}),
        });
        const created = await this.forums.create(actor, dto);
        return `/forums/${created.id}?notice=forum-created`;
      },
      { view: 'forums/list', model: (errors) => this.listModel(actor, values, errors) },
    );
  }

  @Get(':id')
  @Render('forums/show')
  show(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.showModel(
      actor,
      id,
      { kind: 'wordCloud', question: '', options: '', steps: '5', maxChoices: '1' },
      [],
    );
  }

  /** Writes a poll of the forum; it waits until the facilitator opens it. */
  @Post(':id/polls')
  async createPoll(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const values: PollValues = {
      kind: textOf(body, 'kind'),
      question: textOf(body, 'question'),
      options: textOf(body, 'options'),
      steps: textOf(body, 'steps'),
      maxChoices: textOf(body, 'maxChoices'),
    };
    await renderForm(
      res,
      async () => {
        const created = await this.polls.create(
          actor,
          id,
          await validateAs(CreatePollDto, pollFromForm(body)),
        );
        return `/forums/${id}?notice=poll-created#poll-${created.id}`;
      },
      { view: 'forums/show', model: (errors) => this.showModel(actor, id, values, errors) },
    );
  }

  @Post(':id/polls/:pollId/open')
  async openPoll(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('pollId') pollId: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.polls.open(actor, id, pollId);
    res.redirect(303, `/forums/${id}?notice=poll-opened#poll-${pollId}`);
  }

  @Post(':id/polls/:pollId/close')
  async closePoll(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('pollId') pollId: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.polls.close(actor, id, pollId);
    res.redirect(303, `/forums/${id}?notice=poll-closed#poll-${pollId}`);
  }

  /** Hides an open-text answer from the presenter view (`hidden=true`) or shows it again. */
  @Post(':id/polls/:pollId/answers/:answerId/hidden')
  async hideAnswer(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('pollId') pollId: string,
    @Param('answerId') answerId: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const dto = await validateAs(AnswerHiddenDto, { hidden: textOf(body, 'hidden') === 'true' });
    await this.polls.setHidden(actor, id, pollId, answerId, dto);
    res.redirect(303, `/forums/${id}#poll-${pollId}`);
  }

  /**
   * The presenter view for the projector: the join code with its link and QR code, and the open poll (or the one
   * closed last) with its results drawn large and as a table; it follows the forum live.
   */
  @Get(':id/presenter')
  @Render('forums/presenter')
  async presenter(@CurrentActor() actor: Actor, @Param('id') id: string) {
    const forum = await this.forums.readable(actor, id);
    const polls = await this.polls.pollsOf(forum, false);
    const shown = polls.find((p) => p.state === 'open') ?? latestClosed(polls);
    const joinUrl = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/delta?kod=${forum.joinCode}`;
    return {
      forum,
      poll: shown ? { ...shown, rows: resultRows(shown) } : null,
      joinUrl,
      joinHost: joinUrl.replace(/^https?:\/\//, '').replace(/\?.*$/, ''),
      qr: await qrSvg(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
    };
  }

  /** The forum's report as PDF or Word, in the page's language. */
  @Get(':id/report')
  async report(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const dto = await validateAs(ForumReportQueryDto, { format: query.format });
    const language = res.locals.lang === 'en' ? 'en' : 'sv';
    const file = await this.reports.report(actor, id, dto.format, language);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.send(file.content);
  }

  /** What the presenter view listens to: the forum's polls and results as they change. */
  @Sse(':id/presenter/events')
  async presenterEvents(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
  ): Promise<Observable<MessageEvent>> {
    const forum = await this.forums.readable(actor, id);
    return this.streams.presenter(forum, false);
  }

  /** Forums are a county's: its staff plan and read them here; admins read them in the API. */
  private countyOf(actor: Actor): string {
    if (!actor.countyCode || actor.role === 'reporter') throw forbidden('forbidden.forums');
    return actor.countyCode;
  }

  /** A reporter's forums: each with the way to its municipality's preparation and to its group's room. */
  private async mineModel(actor: Actor) {
    const code = actor.municipalityCode ?? '';
    const forums = await this.forums.ofOwnCounty(actor);
    return {
      forums: forums.map((f) => ({
        ...f,
        group: f.groups.find((g) => g.municipalityCodes.includes(code)) ?? null,
      })),
      code,
    };
  }

  private async showModel(actor: Actor, id: string, values: PollValues, errors: FieldError[]) {
    const forum = await this.forums.readable(actor, id);
    const [municipalities, round, polls, participants, preparations] = await Promise.all([
      this.geography.municipalitiesOfCounty(forum.countyCode),
      forum.roundId ? this.rounds.get(actor, forum.roundId) : Promise.resolve(null),
      this.polls.pollsOf(forum, true),
      this.polls.participants(actor, id),
      this.documents.list(actor, id),
    ]);
    const name = new Map(municipalities.map((m) => [m.code, m.name]));
    const names = (codes: string[]) => codes.map((code) => name.get(code) ?? code);
    return {
      forum: toPage(forum),
      round,
      agenda: forum.agenda.map((q) => ({ ...q, askedBy: names(q.askedBy) })),
      groups: forum.groups.map((g) => ({ ...g, municipalities: names(g.municipalityCodes) })),
      polls: polls.map((p) => ({ ...p, rows: resultRows(p) })),
      participants,
      preparations,
      canRun: actor.role === 'coordinator' || actor.role === 'admin',
      values,
      errors,
    };
  }

  private async listModel(actor: Actor, values: PlanValues, errors: FieldError[]) {
    const countyCode = this.countyOf(actor);
    const [forums, rounds] = await Promise.all([
      this.forums.list(actor, countyCode),
      this.rounds.list(actor, countyCode),
    ]);
    return {
      forums,
      canPlan: actor.role === 'coordinator',
      roundItems: rounds
        .filter((r) => r.status !== 'planned')
        .map((r) => ({ value: r.id, text: r.title, selected: r.id === values.roundId })),
      values,
      errors,
    };
  }
}
