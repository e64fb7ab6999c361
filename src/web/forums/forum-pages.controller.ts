import { Body, Get, Param, Post, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { FieldError, forbidden } from '../../common/domain-error';
import { validateAs } from '../../common/validation';
import { CreateForumDto } from '../../forums/dto/forum.dto';
import { ForumsService } from '../../forums/forums.service';
import { GeographyService } from '../../geography/geography.service';
import { RoundsService } from '../../rounds/rounds.service';
import { renderForm, textOf } from '../forms/form-posts';
import { WebController } from '../web-controller.decorator';
import { stockholmInstant } from './forum-form';

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
    private readonly rounds: RoundsService,
    private readonly geography: GeographyService,
  ) {}

  @Get()
  @Render('forums/list')
  list(@CurrentActor() actor: Actor) {
    return this.listModel(actor, { title: '', startsAt: '', roundId: '', grouping: 'mainGroup' }, []);
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
  async show(@CurrentActor() actor: Actor, @Param('id') id: string) {
    const forum = await this.forums.get(actor, id);
    const [municipalities, round] = await Promise.all([
      this.geography.municipalitiesOfCounty(forum.countyCode),
      forum.roundId ? this.rounds.get(actor, forum.roundId) : Promise.resolve(null),
    ]);
    const name = new Map(municipalities.map((m) => [m.code, m.name]));
    const names = (codes: string[]) => codes.map((code) => name.get(code) ?? code);
    return {
      forum,
      round,
      agenda: forum.agenda.map((q) => ({ ...q, askedBy: names(q.askedBy) })),
      groups: forum.groups.map((g) => ({ ...g, municipalities: names(g.municipalityCodes) })),
    };
  }

  /** Forums are a county's: its staff plan and read them here; admins read them in the API. */
  private countyOf(actor: Actor): string {
    if (!actor.countyCode || actor.role === 'reporter') throw forbidden('forbidden.forums');
    return actor.countyCode;
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
