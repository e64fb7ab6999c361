import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentActor } from '../../access/current-actor.decorator';
import type { Actor } from '../../access/actor';
import { listOfSection, SectionKey } from '../../assessments/sections';
import { SectionParamPipe } from '../../assessments/dto/section-param.pipe';
import type { PageLocals } from '../web-context';
import { WebController } from '../web-controller.decorator';
import { assessmentPath, sectionPath } from './assessment-paths';
import { SectionOutcome, SectionPage, SectionPagesService } from './section-pages.service';

const localsOf = (res: Response) => res.locals as PageLocals;

/** Whether the post came from the page's script, which wants the outcome as JSON rather than a new page. */
const wantsJson = (req: Request) => req.accepts(['html', 'json']) === 'json';

function render(res: Response, view: string, model: object): Promise<string> {
  return new Promise((resolve, reject) =>
    res.render(view, model, (error: Error | null, html: string) => (error ? reject(error) : resolve(html))),
  );
}

/** One section of the assessment: its own page and form, saved on its own; the script saves it as the author types. */
@WebController('rounds/:roundId/assessments/:code/sections/:section')
export class SectionPagesController {
  constructor(private readonly pages: SectionPagesService) {}

  @Get()
  async show(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('code') code: string,
    @Param('section', SectionParamPipe) key: SectionKey,
    @Query('notice') notice: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const page = await this.pages.page(actor, roundId, code, key, localsOf(res).t, undefined, {
      removed: notice === 'item-removed',
    });
    if (!page.assessment.allowedActions.includes('save')) return res.redirect(303, page.base);
    res.render('assessments/section', page);
  }

  @Post()
  async save(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('code') code: string,
    @Param('section', SectionParamPipe) key: SectionKey,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const outcome = await this.pages.post(actor, roundId, code, key, body, localsOf(res).t, wantsJson(req));
    if (wantsJson(req)) return this.answerScript(actor, roundId, code, key, outcome, res);
    if ('page' in outcome) return res.status(outcome.status).render('assessments/section', outcome.page);
    const here = sectionPath(roundId, code, key);
    switch (outcome.action) {
      case 'save':
        return res.redirect(303, `${assessmentPath(roundId, code)}?notice=section-saved#${key}`);
      case 'add':
        return res.redirect(303, `${here}?notice=item-added#${outcome.focus}`);
      case 'remove':
        return res.redirect(303, `${here}?notice=item-removed#${outcome.focus}`);
      case 'undo':
        return res.redirect(303, `${here}?notice=item-restored#${outcome.focus}`);
    }
  }

  /**
   * The script's answer: the section's version and when it was saved; after an addition, a removal or an undo, and
   * for a refusal, the form as it now is, to put in place of the old one.
   */
  private async answerScript(
    actor: Actor,
    roundId: string,
    code: string,
    key: SectionKey,
    outcome: SectionOutcome,
    res: Response,
  ): Promise<void> {
    const { t, fmt } = localsOf(res);
    if ('page' in outcome) {
      const html = await render(res, 'assessments/section-form', outcome.page);
      res.status(outcome.status).json({ saved: false, html, errors: outcome.page.errors.summary });
      return;
    }
    const section = outcome.saved.sections[key];
    const list = listOfSection(key);
    const answer = {
      saved: true,
      version: section.version,
      message: t('assessment.savedAt', { time: fmt.time(section.updatedAt) }),
      ids: list && list !== 'risksAhead' ? outcome.saved[list].map((item) => item.id) : [],
      focus: outcome.focus,
    };
    if (outcome.action === 'save') {
      res.status(200).json(answer);
      return;
    }
    const page: SectionPage = await this.pages.page(actor, roundId, code, key, t, undefined, {
      removed: outcome.action === 'remove',
      missing: false,
    });
    const html = await render(res, 'assessments/section-form', page);
    res.status(200).json({ ...answer, html });
  }
}
