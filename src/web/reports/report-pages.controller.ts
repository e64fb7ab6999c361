import { Body, Get, Param, Post, Res, Render } from '@nestjs/common';
import type { FieldError } from '../../common/domain-error';
import type { Response } from 'express';
import { CurrentActor } from '../../access/current-actor.decorator';
import { validateAs } from '../../common/validation';
import { CountyPictureService } from '../../county-picture/county-picture.service';
import { CreateReportDto } from '../../reports/dto/create-report.dto';
import { REPORT_CONTENT_TYPES } from '../../reports/report-format';
import { ReportsService } from '../../reports/reports.service';
import { toRoundView } from '../../rounds/round.view';
import type { Actor } from '../../access/actor';
import { renderForm } from '../forms/form-posts';
import { WebController } from '../web-controller.decorator';
import {
  incompleteWarningOf,
  REPORT_FORM_REFUSALS,
  ReportFormValues,
  reportFormValues,
  reportRequestOf,
} from './report-form';

@WebController()
export class ReportPagesController {
  constructor(
    private readonly reports: ReportsService,
    private readonly pictures: CountyPictureService,
  ) {}

  @Get('rounds/:roundId/reports')
  @Render('reports/list')
  list(@CurrentActor() actor: Actor, @Param('roundId') roundId: string) {
    return this.model(
      actor,
      roundId,
      { format: 'pdf', include: 'approved', language: '', acknowledgeIncomplete: '' },
      [],
    );
  }

  @Post('rounds/:roundId/reports')
  async create(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const values = reportFormValues(body);
    await renderForm(
      res,
      async () => {
        const dto = await validateAs(CreateReportDto, reportRequestOf(values));
        const { value: report, created } = await this.reports.create(actor, roundId, dto);
        const notice = created ? 'report-created' : 'report-unchanged';
        return `/rounds/${roundId}/reports?notice=${notice}#report-${report.id}`;
      },
      {
        view: 'reports/list',
        model: (errors) => this.model(actor, roundId, values, errors),
        alsoShown: REPORT_FORM_REFUSALS,
      },
    );
  }

  @Get('reports/:id/download')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const file = await this.reports.file(actor, id);
    res.type(REPORT_CONTENT_TYPES[file.format]);
    res.attachment(file.fileName);
    res.sendFile(file.path);
  }

  private async model(actor: Actor, roundId: string, values: ReportFormValues, errors: FieldError[]) {
    const round = toRoundView(await this.pictures.readableRound(actor, roundId));
    const [reports, completeness] = await Promise.all([
      this.reports.list(actor, roundId),
      this.reports.completeness(actor, roundId),
    ]);
    return { round, reports, values, errors, incomplete: incompleteWarningOf(completeness) };
  }
}
