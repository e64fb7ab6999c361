import { Body, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentActor } from '../../access/current-actor.decorator';
import { isCountyStaff } from '../../access/access-policy';
import { INCLUDES, Include } from '../../county-picture/county-picture.model';
import { CountyPictureService } from '../../county-picture/county-picture.service';
import { NarrativeDto } from '../../county-picture/dto/picture-query.dto';
import { validateAs } from '../../common/validation';
import { loadReportTexts } from '../../reports/report-texts';
import type { Actor } from '../../access/actor';
import { textOf } from '../forms/form-posts';
import type { PageLocals } from '../web-context';
import { WebController } from '../web-controller.decorator';
import { dashboardOf } from './dashboard';

const includeOf = (value: unknown): Include =>
  (INCLUDES as readonly unknown[]).includes(value) ? (value as Include) : 'submitted';

@WebController('rounds/:roundId')
export class DashboardPagesController {
  private readonly texts = { sv: loadReportTexts('sv'), en: loadReportTexts('en') };

  constructor(private readonly pictures: CountyPictureService) {}

  @Get('picture')
  async show(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Res() res: Response,
    @Query('include') include?: string,
  ): Promise<void> {
    const { picture } = await this.pictures.picture(actor, roundId, includeOf(include));
    res.render('county-picture/dashboard', {
      dashboard: dashboardOf(picture, this.texts[(res.locals as PageLocals).lang]),
      canWrite: isCountyStaff(actor, picture.round.countyCode),
    });
  }

  @Post('narratives/:section')
  async saveNarrative(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('section') section: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const dto = await validateAs(NarrativeDto, { text: textOf(body, 'text') });
    await this.pictures.saveNarrative(actor, roundId, section, dto.text);
    const include = includeOf(body.include);
    res.redirect(
      303,
      `/rounds/${roundId}/picture?include=${include}&notice=narrative-saved#narrative-${section.replace('.', '-')}`,
    );
  }
}
