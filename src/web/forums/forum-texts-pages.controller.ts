import { Body, Get, MessageEvent, Param, Post, Res, Sse } from '@nestjs/common';
import type { Response } from 'express';
import type { Observable } from 'rxjs';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { canPrepareForum, isCountyStaff } from '../../access/access-policy';
import { ErrorCode, FieldError } from '../../common/domain-error';
import { validateAs } from '../../common/validation';
import { SectionTextDto, TimerDto } from '../../forums/dto/text.dto';
import { ForumPreparationsService } from '../../forums/forum-preparations.service';
import { GroupRoomsService } from '../../forums/group-rooms.service';
import { ForumsService } from '../../forums/forums.service';
import { ForumStreams } from '../../forums/live/forum-streams';
import { textOf, tryForm } from '../forms/form-posts';
import { WebController } from '../web-controller.decorator';

/** A section refused because someone saved it meanwhile: what is stored now, and the author's own text, kept. */
interface Conflict {
  section: string;
  text: string;
  version: number;
}

const numberOf = (text: string) => (/^\d{1,12}$/.test(text) ? Number(text) : text);

/**
 * The forum's shared texts on the pages: a municipality's preparatory document, which its reporters write and its
 * county's staff read, and the group rooms, where the staff and the group's municipalities take notes together.
 */
@WebController('forums/:id')
export class ForumTextsPagesController {
  constructor(
    private readonly documents: ForumPreparationsService,
    private readonly rooms: GroupRoomsService,
    private readonly forums: ForumsService,
    private readonly streams: ForumStreams,
  ) {}

  @Get('preparation/:code')
  async preparation(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('code') code: string,
    @Res() res: Response,
  ): Promise<void> {
    res.render('forums/preparation', await this.preparationModel(actor, id, code, null, []));
  }

  @Post('preparation/:code/sections/:section')
  async savePreparation(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('code') code: string,
    @Param('section') section: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    await this.saveOrShow(res, body, section, 'forums/preparation', {
      save: async (dto) => {
        await this.documents.save(actor, id, code, section, dto);
        return `/forums/${id}/preparation/${code}?notice=section-saved#section-${section}`;
      },
      model: (conflict, errors) => this.preparationModel(actor, id, code, conflict, errors),
    });
  }

  @Post('preparation/:code/prepared')
  async prepared(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('code') code: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.documents.markPrepared(actor, id, code);
    res.redirect(303, `/forums/${id}/preparation/${code}?notice=prepared`);
  }

  @Get('groups/:groupId')
  async room(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('groupId') groupId: string,
    @Res() res: Response,
  ): Promise<void> {
    res.render('forums/room', await this.roomModel(actor, id, groupId, null, []));
  }

  @Post('groups/:groupId/notes/:section')
  async saveNote(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('groupId') groupId: string,
    @Param('section') section: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    await this.saveOrShow(res, body, section, 'forums/room', {
      save: async (dto) => {
        await this.rooms.saveNote(actor, id, groupId, section, dto);
        return `/forums/${id}/groups/${groupId}?notice=note-saved#note-${section}`;
      },
      model: (conflict, errors) => this.roomModel(actor, id, groupId, conflict, errors),
    });
  }

  @Post('groups/:groupId/timer')
  async timer(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('groupId') groupId: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const dto = await validateAs(TimerDto, { municipalityCode: textOf(body, 'municipalityCode') });
    await this.rooms.startTimer(actor, id, groupId, dto);
    res.redirect(303, `/forums/${id}/groups/${groupId}#timer`);
  }

  /** What the group room's page listens to: the room, whenever one of its notes or its timer changes. */
  @Sse('groups/:groupId/events')
  async roomEvents(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('groupId') groupId: string,
  ): Promise<Observable<MessageEvent>> {
    await this.rooms.get(actor, id, groupId);
    return this.streams.room(id, groupId, () => this.rooms.get(actor, id, groupId));
  }

  /**
   * A section's save from its form: on to the saved page, or the page again with the field's errors, or, when someone
   * saved the section meanwhile, with what is stored now beside the author's own text, which is kept to save again.
   */
  private async saveOrShow(
    res: Response,
    body: Record<string, unknown>,
    section: string,
    view: string,
    form: {
      save: (dto: SectionTextDto) => Promise<string>;
      model: (conflict: Conflict | null, errors: FieldError[]) => Promise<object>;
    },
  ): Promise<void> {
    const text = textOf(body, 'text');
    const outcome = await tryForm(
      async () => {
        const dto = await validateAs(SectionTextDto, { version: numberOf(textOf(body, 'version')), text });
        return { redirect: await form.save(dto) };
      },
      async ({ status, code, detail, errors }) => {
        const conflict = code === ErrorCode.VersionConflict;
        return {
          status,
          page: await form.model(
            conflict ? { section, text, version: Number(detail.currentVersion) } : null,
            conflict ? [] : errors,
          ),
        };
      },
      [ErrorCode.VersionConflict],
    );
    if ('redirect' in outcome) return res.redirect(303, outcome.redirect);
    res.status(outcome.status).render(view, outcome.page);
  }

  private async preparationModel(
    actor: Actor,
    id: string,
    code: string,
    conflict: Conflict | null,
    errors: FieldError[],
  ) {
    const [forum, preparation] = await Promise.all([
      this.forums.visible(actor, id),
      this.documents.get(actor, id, code),
    ]);
    return {
      forum: { id: forum.id, title: forum.title, startsAt: forum.startsAt.toISOString() },
      preparation,
      canWrite: canPrepareForum(actor, code),
      conflict,
      errors,
    };
  }

  private async roomModel(
    actor: Actor,
    id: string,
    groupId: string,
    conflict: Conflict | null,
    errors: FieldError[],
  ) {
    const [forum, room] = await Promise.all([
      this.forums.visible(actor, id),
      this.rooms.get(actor, id, groupId),
    ]);
    const names = new Map(room.municipalities.map((m) => [m.code, m.name]));
    return {
      forum: { id: forum.id, title: forum.title },
      room,
      names: Object.fromEntries(names),
      canWrite: actor.role !== 'admin',
      canTime: isCountyStaff(actor, forum.countyCode),
      conflict,
      errors,
    };
  }
}
