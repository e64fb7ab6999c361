import { Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentActor } from '../../access/current-actor.decorator';
import type { Actor } from '../../access/actor';
import { isSectionKey } from '../../assessments/sections';
import { SectionPagesService } from '../assessments/section-pages.service';
import type { PageLocals } from '../web-context';
import { WebController } from '../web-controller.decorator';
import { KeptPostsService } from './kept-posts.service';

const SECTION_PATH = /^\/rounds\/([^/?#]+)\/assessments\/([^/?#]+)\/sections\/([A-Za-z]+)$/;

/**
 * Where signing in again leads after a form was posted too late: a section of an assessment is saved at once (or
 * shown with what was typed, when it cannot be); any other form is shown again, filled in, to send.
 */
@WebController('kept')
export class KeptPostsController {
  constructor(
    private readonly kept: KeptPostsService,
    private readonly sections: SectionPagesService,
  ) {}

  @Get(':id')
  async resume(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const post = /^[0-9a-f-]{36}$/.test(id) ? await this.kept.take(actor.id, id) : null;
    if (!post) throw new NotFoundException();
    const section = SECTION_PATH.exec(post.path);
    const [, roundId, code, key] = section ?? [];
    if (!roundId || !code || !key || !isSectionKey(key)) {
      const fields = Object.entries(post.fields).flatMap(([name, value]) =>
        [value].flat().map((one) => ({ name, value: one })),
      );
      res.render('kept', { action: post.path, fields });
      return;
    }
    const { t } = res.locals as PageLocals;
    const outcome = await this.sections.post(
      actor,
      roundId,
      code,
      key,
      { ...post.fields, action: 'save' },
      t,
    );
    if ('page' in outcome) return res.status(outcome.status).render('assessments/section', outcome.page);
    res.redirect(303, `${post.path}?notice=kept-saved`);
  }
}
