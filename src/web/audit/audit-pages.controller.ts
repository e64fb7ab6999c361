import { Get, Logger, Query, Res } from '@nestjs/common';
import { canReadAudit } from '../../access/access-policy';
import type { Translate } from '../../common/i18n';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { AuditLogService, AuditQuery } from '../../audit-log/audit-log.service';
import { AUDIT_KIND_NAMES } from '../../audit-log/audit-kinds';
import { AuditQueryDto } from '../../audit-log/dto/audit-query.dto';
import { stockholmDate } from '../../common/dates';
import { forbidden, type FieldError } from '../../common/domain-error';
import { validateAs } from '../../common/validation';
import { formRefusalOf } from '../forms/form-posts';
import type { PageLocals } from '../web-context';
import { WebController } from '../web-controller.decorator';
import { auditCsvHeader, auditCsvRow, auditRow } from './audit-words';

const PAGE_SIZE = 100;
/** The most entries one download holds; a longer log is downloaded a period at a time. */
const DOWNLOAD_MAX = 50_000;
const DOWNLOAD_BATCH = 1_000;
const FILTERS = ['kind', 'actor', 'from', 'to'] as const;

/** The log a user reads: their county's, or the whole log for admins. */
const logCountyOf = (actor: Actor): string | null => (actor.role === 'admin' ? null : actor.countyCode);

@WebController('audit')
export class AuditPagesController {
  private readonly logger = new Logger(AuditPagesController.name);

  constructor(private readonly log: AuditLogService) {}

  /** The newest entries of the county's log (the whole log for admins), a hundred at a time, filtered as asked. */
  @Get()
  async list(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Query() raw: Record<string, unknown>,
  ): Promise<void> {
    const { t } = res.locals as PageLocals;
    const countyCode = logCountyOf(actor);
    const filters = await this.filtersOf(raw);
    const values: Record<string, string> = Object.fromEntries(
      FILTERS.map((key) => [key, typeof raw[key] === 'string' ? raw[key] : '']),
    );
    const query = filters.query ?? {};
    const events = await this.log.list(actor, { countyCode, limit: PAGE_SIZE, ...query });
    const search = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== ''));
    const older = new URLSearchParams(search);
    if (events.length === PAGE_SIZE) older.set('before', String(events[events.length - 1]!.id));
    res.status(filters.errors.length > 0 ? 400 : 200).render('audit/list', {
      rows: events.map((event) => auditRow(t, event)),
      values,
      errors: filters.errors,
      kinds: AUDIT_KIND_NAMES,
      actors: await this.log.actorsOf(actor, countyCode),
      older: events.length === PAGE_SIZE ? `/audit?${older.toString()}` : null,
      download: `/audit/download${search.size > 0 ? `?${search.toString()}` : ''}`,
      filtered: search.size > 0,
    });
  }

  /** The filtered log as CSV (semicolons, UTF-8 with a byte-order mark, as Swedish Excel opens it), newest first. */
  @Get('download')
  async download(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Query() raw: Record<string, unknown>,
  ): Promise<void> {
    const countyCode = logCountyOf(actor);
    const filters = await this.filtersOf(raw);
    if (filters.errors.length > 0) return res.redirect(303, '/audit');
    if (!canReadAudit(actor, countyCode)) throw forbidden('forbidden.audit');
    const { t } = res.locals as PageLocals;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="lagesbild-logg-${stockholmDate(new Date())}.csv"`,
    );
    res.write(`\uFEFF${stringify([auditCsvHeader(t)], { delimiter: ';' })}`);
    try {
      await this.writeRows(res, t, actor, { countyCode, ...filters.query, limit: DOWNLOAD_BATCH });
      res.end();
    } catch (error) {
      // The answer has begun: it can only be broken off, so that no one takes a cut file for the whole log.
      this.logger.error(`The audit log download broke off: ${String(error)}`);
      res.destroy();
    }
  }

  /** The entries, a batch at a time, newest first; past DOWNLOAD_MAX a last line says the file is cut. */
  private async writeRows(res: Response, t: Translate, actor: Actor, query: AuditQuery): Promise<void> {
    let beforeId = query.beforeId;
    for (let written = 0; ;) {
      const batch = await this.log.list(actor, { ...query, beforeId });
      if (batch.length === 0) return;
      if (written >= DOWNLOAD_MAX) {
        res.write(stringify([[t('audit.csv.truncated', { max: DOWNLOAD_MAX })]], { delimiter: ';' }));
        return;
      }
      res.write(
        stringify(
          batch.map((event) => auditCsvRow(t, event)),
          { delimiter: ';' },
        ),
      );
      written += batch.length;
      beforeId = batch[batch.length - 1]!.id;
      if (batch.length < query.limit) return;
    }
  }

  /** The filters of the address, checked as the API checks them; a bad one is named and left out. */
  private async filtersOf(
    raw: Record<string, unknown>,
  ): Promise<{ query?: Omit<AuditQuery, 'countyCode' | 'limit'>; errors: FieldError[] }> {
    const given = Object.fromEntries(
      [...FILTERS, 'before'].flatMap((key) =>
        typeof raw[key] === 'string' && raw[key] !== '' ? [[key, raw[key]]] : [],
      ),
    );
    try {
      const dto = await validateAs(AuditQueryDto, given);
      return {
        query: { kind: dto.kind, actorId: dto.actor, from: dto.from, to: dto.to, beforeId: dto.before },
        errors: [],
      };
    } catch (error) {
      const refusal = formRefusalOf(error);
      if (!refusal) throw error;
      return { errors: refusal.errors };
    }
  }
}
