import { Body, Get, Param, Post, Res, Render } from '@nestjs/common';
import type { Response } from 'express';
import { ArchiveService } from '../../archive/archive.service';
import { CreateArchiveExportDto } from '../../archive/dto/create-archive-export.dto';
import { CurrentActor } from '../../access/current-actor.decorator';
import { FieldError, forbidden } from '../../common/domain-error';
import { validateAs } from '../../common/validation';
import { GeographyService } from '../../geography/geography.service';
import { REPORT_CONTENT_TYPES } from '../../reports/report-format';
import type { Actor } from '../../access/actor';
import { renderForm, textOf } from '../forms/form-posts';
import { WebController } from '../web-controller.decorator';

/** The archive export: start one, follow its progress, download it. For the county board's staff and admins. */
@WebController()
export class ArchivePagesController {
  constructor(
    private readonly archive: ArchiveService,
    private readonly geography: GeographyService,
  ) {}

  @Get('archive')
  @Render('archive/list')
  list(@CurrentActor() actor: Actor) {
    return this.model(actor, { countyCode: actor.countyCode ?? '' }, []);
  }

  @Post('archive')
  async start(
    @CurrentActor() actor: Actor,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    // County staff always export their own county; only admins choose, and '' is the whole country.
    const values = {
      countyCode: actor.role === 'admin' ? textOf(body, 'countyCode') : (actor.countyCode ?? ''),
    };
    await renderForm(
      res,
      async () => {
        const dto = await validateAs(CreateArchiveExportDto, values.countyCode ? values : {});
        const { value: started, created } = await this.archive.start(actor, dto.countyCode ?? null);
        const notice = created ? 'archive-started' : 'archive-running';
        return `/archive?notice=${notice}#archive-${started.id}`;
      },
      { view: 'archive/list', model: (errors) => this.model(actor, values, errors) },
    );
  }

  @Get('archive/:id/download')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const file = await this.archive.file(actor, id);
    res.type(REPORT_CONTENT_TYPES.xlsx);
    res.attachment(file.fileName);
    res.sendFile(file.path);
  }

  private async model(actor: Actor, values: Record<string, string>, errors: FieldError[]) {
    if (actor.role === 'reporter') throw forbidden('forbidden.archive');
    const counties = await this.geography.listCounties();
    const exports = await this.archive.list(actor);
    return {
      exports,
      counties,
      countyNames: Object.fromEntries(counties.map((c) => [c.code, c.name])),
      countyItems: counties.map((c) => ({ value: c.code, text: `${c.name} (${c.code})` })),
      running: exports.some((e) => e.status === 'queued' || e.status === 'running'),
      values,
      errors,
    };
  }
}
