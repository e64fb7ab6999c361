import { Body, Get, Param, Post, Query, Res, Render } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentActor } from '../../access/current-actor.decorator';
import { CollectionsService } from '../../collections/collections.service';
import { nationalCompleteness } from '../../collections/national-picture';
import { CreateCollectionDto } from '../../collections/dto/create-collection.dto';
import { FieldError } from '../../common/domain-error';
import { validateAs } from '../../common/validation';
import { NarrativeDto } from '../../county-picture/dto/picture-query.dto';
import { CreateReportDto } from '../../reports/dto/create-report.dto';
import { REPORT_CONTENT_TYPES } from '../../reports/report-format';
import { RoundsService } from '../../rounds/rounds.service';
import type { Actor } from '../../access/actor';
import { renderForm, textOf } from '../forms/form-posts';
import { WebController } from '../web-controller.decorator';
import { nationalAreaRows } from './national-page';
import {
  incompleteWarningOf,
  REPORT_FORM_REFUSALS,
  ReportFormValues,
  reportFormValues,
  reportRequestOf,
} from '../reports/report-form';

const listOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');

/** National compilations for admins: link rounds of several counties, read the national picture, export it. */
@WebController('collections')
export class CollectionPagesController {
  constructor(
    private readonly collections: CollectionsService,
    private readonly rounds: RoundsService,
  ) {}

  @Get()
  @Render('collections/list')
  list(@CurrentActor() actor: Actor) {
    return this.listModel(actor, { title: '', roundIds: [] }, []);
  }

  @Post()
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const values = { title: textOf(body, 'title'), roundIds: listOf(body.roundIds) };
    await renderForm(
      res,
      async () => {
        const created = await this.collections.create(actor, await validateAs(CreateCollectionDto, values));
        return `/collections/${created.id}?notice=collection-created`;
      },
      { view: 'collections/list', model: (errors) => this.listModel(actor, values, errors) },
    );
  }

  @Get(':id')
  @Render('collections/picture')
  show(@CurrentActor() actor: Actor, @Param('id') id: string, @Query('include') include: unknown) {
    return this.pictureModel(actor, id, include === 'submitted', []);
  }

  @Post(':id/reports')
  async report(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const values = reportFormValues(body);
    await renderForm(
      res,
      async () => {
        const dto = await validateAs(CreateReportDto, reportRequestOf(values));
        const { value: report, created } = await this.collections.createReport(actor, id, dto);
        const notice = created ? 'report-created' : 'report-unchanged';
        return `/collections/${id}?notice=${notice}#report-${report.id}`;
      },
      {
        view: 'collections/picture',
        model: (errors) => this.pictureModel(actor, id, false, errors, values),
        alsoShown: REPORT_FORM_REFUSALS,
      },
    );
  }

  @Post(':id/narratives/:section')
  async saveNarrative(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('section') section: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const dto = await validateAs(NarrativeDto, { text: textOf(body, 'text') });
    await this.collections.saveNarrative(actor, id, section, dto.text);
    const basis = body.include === 'submitted' ? 'include=submitted&' : '';
    res.redirect(
      303,
      `/collections/${id}?${basis}notice=narrative-saved#narrative-${section.replace('.', '-')}`,
    );
  }

  @Get(':id/reports/:reportId/download')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('reportId') reportId: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.collections.file(actor, id, reportId);
    res.type(REPORT_CONTENT_TYPES[file.format]);
    res.attachment(file.fileName);
    res.sendFile(file.path);
  }

  private async listModel(actor: Actor, values: { title: string; roundIds: string[] }, errors: FieldError[]) {
    const collections = await this.collections.list(actor);
    const rounds = (await this.rounds.list(actor, undefined)).filter((r) => r.status !== 'planned');
    return {
      collections,
      roundItems: rounds
        .sort(
          (a, b) => a.countyCode.localeCompare(b.countyCode) || b.periodStart.localeCompare(a.periodStart),
        )
        .map((r) => ({
          value: r.id,
          text: `${r.countyCode} ${r.title} (${r.periodStart} – ${r.periodEnd})`,
          checked: values.roundIds.includes(r.id),
        })),
      values,
      errors,
    };
  }

  private async pictureModel(
    actor: Actor,
    id: string,
    submitted: boolean,
    errors: FieldError[],
    values?: ReportFormValues,
  ) {
    const include = submitted ? 'submitted' : 'approved';
    const [collection, picture, reports] = await Promise.all([
      this.collections.get(actor, id),
      this.collections.picture(actor, id, include),
      this.collections.listReports(actor, id),
    ]);
    return {
      collection,
      picture,
      areaRows: nationalAreaRows(picture),
      reports,
      include,
      errors,
      values: values ?? { format: 'pdf', include, language: 'sv', acknowledgeIncomplete: '' },
      incomplete: incompleteWarningOf(nationalCompleteness(picture)),
    };
  }
}
