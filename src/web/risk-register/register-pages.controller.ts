import { Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { canReadAllCounties } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { forbidden, notFound } from '../../common/domain-error';
import { validateAs } from '../../common/validation';
import { GeographyService } from '../../geography/geography.service';
import { RegisterReportQueryDto } from '../../reports/dto/drawn-report.dto';
import { RegisterReportsService } from '../../reports/register-reports.service';
import { loadReportTexts } from '../../reports/report-texts';
import { RiskRegisterService } from '../../risk-register/risk-register.service';
import type { PageLocals } from '../web-context';
import { WebController } from '../web-controller.decorator';
import { registerPageOf } from './register-page';

/** A municipality's social risks across its rounds: for its reporters, the county's staff and admins. */
@WebController('risks')
export class RegisterPagesController {
  private readonly texts = { sv: loadReportTexts('sv'), en: loadReportTexts('en') };

  constructor(
    private readonly registers: RiskRegisterService,
    private readonly reports: RegisterReportsService,
    private readonly geography: GeographyService,
  ) {}

  /** A municipality's reporter's own municipality; the county's municipalities for its staff; an admin picks the county first. */
  @Get()
  async index(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Query('county') county?: string,
  ): Promise<void> {
    if (actor.role === 'reporter') {
      // The register is a municipality's: an organisation's reporter has none to read.
      if (!actor.municipalityCode) throw forbidden('forbidden.municipality');
      return res.redirect(303, `/risks/${actor.municipalityCode}`);
    }
    const countyCode = canReadAllCounties(actor) ? county : actor.countyCode;
    if (!countyCode) {
      if (!canReadAllCounties(actor)) throw forbidden('forbidden.municipality');
      return res.render('risk-register/index', { counties: await this.geography.listCounties() });
    }
    const found = await this.geography.findCounty(countyCode);
    if (!found) throw notFound('not_found.county');
    res.render('risk-register/index', {
      countyName: found.name,
      municipalities: await this.geography.municipalitiesOfCounty(countyCode),
    });
  }

  @Get(':code')
  async register(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Res() res: Response,
  ): Promise<void> {
    const register = await this.registers.register(actor, code);
    res.render('risk-register/register', {
      page: registerPageOf(register, this.texts[(res.locals as PageLocals).lang]),
    });
  }

  /** The register as PDF, Word or Excel, in the page's language. */
  @Get(':code/report')
  async report(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const dto = await validateAs(RegisterReportQueryDto, { format: query.format });
    const file = await this.reports.report(actor, code, dto.format, (res.locals as PageLocals).lang);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.send(file.content);
  }
}
