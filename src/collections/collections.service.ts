import type { ReportFormat } from '../reports/report-format';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { GeographyService } from '../geography/geography.service';
import { RoundsService } from '../rounds/rounds.service';
import { FieldError, forbidden, invalid, notFound } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import type { Include } from '../county-picture/county-picture.model';
import { CountyPictureService } from '../county-picture/county-picture.service';
import { Transactions } from '../database/transactions';
import { ExportGate, ExportOutcome } from '../reports/export-gate';
import { ExportWriter } from '../reports/export-writer';
import { ReportRenderer } from '../reports/report-renderer';
import { incompleteFinalRefusal, isIncompleteFinal, reportFileName } from '../reports/report-rules';
import { loadReportTexts } from '../reports/report-texts';
import { CreateReportDto } from '../reports/dto/create-report.dto';
import { Round } from '../rounds/round.entity';
import type { Actor } from '../access/actor';
import { Collection, CollectionNarrative, CollectionReport, CollectionRound } from './collection.entity';
import {
  CollectionReportView,
  CollectionView,
  toCollectionReportView,
  toCollectionView,
} from './collection.view';
import { CreateCollectionDto } from './dto/create-collection.dto';
import {
  buildNationalPicture,
  NationalPicture,
  nationalCompleteness,
  unionTaxonomy,
} from './national-picture';
import { isNarrativeSection, NATIONAL_NARRATIVE_SECTIONS } from '../county-picture/narrative-sections';
import { narrativesOf, storeNarrative } from '../county-picture/narrative.entity';
import { taxonomyOf } from '../rounds/round-rules';
import { nationalPart } from './national-document';
import type { NationalReportTask } from './national-report.worker';
import type { CountyTrends } from '../trends/trends.model';
import { TrendScope, TrendsService } from '../trends/trends.service';

/** The trends of a collection's counties, each up to its round in the collection. */
export interface CollectionTrends {
  collection: { id: string; title: string };
  counties: CountyTrends[];
}

/** Why a round cannot be part of a collection, or null when it can. */
export function roundRefusal(
  round: Round | undefined,
  countiesBefore: Set<string>,
): Pick<FieldError, 'code' | 'params'> | null {
  if (!round) return { code: 'round_unknown' };
  if (round.status === 'planned') return { code: 'round_planned' };
  if (countiesBefore.has(round.countyCode))
    return { code: 'county_twice', params: { county: round.countyCode } };
  return null;
}

/** National compilations: rounds of several counties linked into one collection, its picture and its exports. */
const NATIONAL_WORKER = join(__dirname, 'national-report.worker.js');

@Injectable()
export class CollectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Collection) private readonly collections: Repository<Collection>,
    @InjectRepository(CollectionReport) private readonly reports: Repository<CollectionReport>,
    private readonly pictures: CountyPictureService,
    private readonly rounds: RoundsService,
    private readonly geography: GeographyService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly gate: ExportGate,
    private readonly renderer: ReportRenderer,
    private readonly writer: ExportWriter,
    private readonly trendsOf: TrendsService,
  ) {}

  async create(actor: Actor, dto: CreateCollectionDto): Promise<CollectionView> {
    this.requireAdmin(actor);
    const rounds = await this.rounds.findByIds(dto.roundIds);
    const byId = new Map(rounds.map((r) => [r.id, r]));
    const counties = new Set<string>();
    const errors: FieldError[] = [];
    dto.roundIds.forEach((id, i) => {
      const round = byId.get(id);
      const refusal = roundRefusal(round, counties);
      if (refusal) errors.push({ path: `roundIds[${i}]`, ...refusal });
      if (round) counties.add(round.countyCode);
    });
    if (errors.length > 0) throw invalid(errors);
    const collection = this.collections.create({
      id: randomUUID(),
      title: dto.title.trim(),
      createdBy: actor.id,
      createdAt: this.clock.now(),
    });
    await this.transactions.run(async (manager) => {
      await manager.insert(Collection, collection);
      await manager.insert(
        CollectionRound,
        rounds.map((r) => ({ collectionId: collection.id, roundId: r.id, countyCode: r.countyCode })),
      );
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'collection.create',
          subjectType: 'collection',
          subjectId: collection.id,
          detail: { rounds: rounds.length },
        },
        manager,
      );
    });
    return this.get(actor, collection.id);
  }

  async list(actor: Actor): Promise<CollectionView[]> {
    this.requireAdmin(actor);
    const rows = await this.collections.find({ order: { createdAt: 'DESC' } });
    return Promise.all(rows.map(async (c) => toCollectionView(c, await this.roundsOf(c.id))));
  }

  async get(actor: Actor, id: string): Promise<CollectionView> {
    const collection = await this.find(actor, id);
    return toCollectionView(collection, await this.roundsOf(collection.id));
  }

  /** The national picture: the same model as a county picture over all its counties, and each county's own figures. */
  async picture(actor: Actor, id: string, include: Include): Promise<NationalPicture> {
    return (await this.build(await this.find(actor, id), include)).national;
  }

  /** Each county's trends over its rounds up to the one in the collection. */
  async trends(actor: Actor, id: string, scope: TrendScope): Promise<CollectionTrends> {
    const collection = await this.find(actor, id);
    const name = new Map((await this.geography.listCounties()).map((c) => [c.code, c.name]));
    const counties: CountyTrends[] = [];
    for (const link of await this.linksOf(collection.id))
      counties.push({
        county: { code: link.countyCode, name: name.get(link.countyCode) ?? link.countyCode },
        ...(await this.trendsOf.ofCounty(link.countyCode, scope, link.round)),
      });
    return { collection: { id: collection.id, title: collection.title }, counties };
  }

  /** A national export; unchanged data answers with the stored export of the same format, basis and language. */
  async createReport(
    actor: Actor,
    id: string,
    dto: CreateReportDto,
  ): Promise<ExportOutcome<CollectionReportView>> {
    const collection = await this.find(actor, id);
    const include = dto.include ?? 'approved';
    const language = dto.language ?? 'sv';
    const { national, counties } = await this.build(collection, include);
    const completeness = nationalCompleteness(national);
    if (isIncompleteFinal(include, completeness) && dto.acknowledgeIncomplete !== true)
      throw incompleteFinalRefusal(completeness);
    const texts = loadReportTexts(language);
    const snapshotHash = national.snapshotHash;
    const stored = async () => {
      const found = await this.reports.findOne({
        where: { collectionId: collection.id, format: dto.format, include, language, snapshotHash },
        order: { createdAt: 'DESC' },
      });
      return found ? toCollectionReportView(found) : null;
    };
    const key = `${dto.format}:${include}:${language}:${snapshotHash}`;
    return this.gate.once(`collection:${collection.id}`, key, stored, async () => {
      const report = await this.writer.write({
        folder: join('collections', collection.id),
        request: { format: dto.format, include, language, snapshotHash, createdBy: actor.id },
        fileName: (date) =>
          reportFileName({
            prefix: texts.fileName.nationalPrefix,
            subject: collection.title,
            round: '',
            basis: texts.fileName.basis[include],
            date,
            format: dto.format,
          }),
        draw: (file, generatedAt) => {
          const task: NationalReportTask = {
            format: dto.format,
            national: dto.format === 'xlsx' ? national : nationalPart(national),
            counties,
            language,
            generatedAt,
            file,
          };
          return this.renderer.run(NATIONAL_WORKER, 'renderNationalReportTask', task);
        },
        entity: CollectionReport,
        record: (stored) => this.reports.create({ ...stored, collectionId: collection.id }),
        auditEntry: (r) => ({
          actorId: actor.id,
          action: 'collection.report',
          subjectType: 'collection_report',
          subjectId: r.id,
          detail: { collection: collection.id, format: dto.format, include, sha256: r.sha256 },
        }),
      });
      return toCollectionReportView(report);
    });
  }

  /** The admins' texts of the collection's national report, by section. */
  async readNarratives(actor: Actor, id: string): Promise<Record<string, string>> {
    return this.narrativesOf((await this.find(actor, id)).id);
  }

  /** Writes one section's text of the national report; an empty text removes it. */
  async saveNarrative(
    actor: Actor,
    id: string,
    section: string,
    text: string,
  ): Promise<Record<string, string>> {
    const collection = await this.find(actor, id);
    const taxonomy = unionTaxonomy((await this.linksOf(collection.id)).map((l) => taxonomyOf(l.round!)));
    if (!isNarrativeSection(section, taxonomy, NATIONAL_NARRATIVE_SECTIONS)) {
      throw invalid([{ path: 'section', code: 'not_a_section', params: { section } }]);
    }
    await this.transactions.run(async (manager) => {
      await storeNarrative(
        manager,
        CollectionNarrative,
        { collectionId: collection.id },
        { section, text, updatedBy: actor.id, updatedAt: this.clock.now() },
      );
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'collection.narrative',
          subjectType: 'collection',
          subjectId: collection.id,
          detail: { section },
        },
        manager,
      );
    });
    return this.narrativesOf(collection.id);
  }

  private narrativesOf(collectionId: string): Promise<Record<string, string>> {
    return narrativesOf(this.dataSource.manager, CollectionNarrative, { collectionId });
  }

  async listReports(actor: Actor, id: string): Promise<CollectionReportView[]> {
    const collection = await this.find(actor, id);
    const rows = await this.reports.find({
      where: { collectionId: collection.id },
      order: { createdAt: 'DESC' },
    });
    return rows.map(toCollectionReportView);
  }

  async file(
    actor: Actor,
    id: string,
    reportId: string,
  ): Promise<{ path: string; fileName: string; format: ReportFormat }> {
    const collection = await this.find(actor, id);
    const report = await this.reports.findOneBy({ id: reportId, collectionId: collection.id });
    if (!report) throw notFound('not_found.report');
    return {
      path: resolve(this.config.REPORTS_DIR, report.filePath),
      fileName: toCollectionReportView(report).fileName,
      format: report.format,
    };
  }

  private async build(collection: Collection, include: Include) {
    const links = await this.linksOf(collection.id);
    // One county at a time: each read is a county's worth of documents.
    const inputs = [];
    for (const link of links) inputs.push(await this.pictures.inputOf(link.round!, include));
    return buildNationalPicture(
      { id: collection.id, title: collection.title, createdAt: collection.createdAt.toISOString() },
      inputs,
      await this.narrativesOf(collection.id),
    );
  }

  private async roundsOf(collectionId: string): Promise<CollectionView['rounds']> {
    const links = await this.linksOf(collectionId);
    const name = new Map((await this.geography.listCounties()).map((c) => [c.code, c.name]));
    return links.map((l) => ({
      roundId: l.roundId,
      countyCode: l.countyCode,
      countyName: name.get(l.countyCode) ?? l.countyCode,
      title: l.round?.title ?? '',
      status: l.round?.status ?? '',
    }));
  }

  /** The collection's rounds, each with its county. */
  private linksOf(collectionId: string): Promise<CollectionRound[]> {
    return this.dataSource.getRepository(CollectionRound).find({
      where: { collectionId },
      relations: { round: true },
    });
  }

  private async find(actor: Actor, id: string): Promise<Collection> {
    this.requireAdmin(actor);
    const collection = await this.collections.findOneBy({ id });
    if (!collection) throw notFound('not_found.collection');
    return collection;
  }

  /** The national picture holds every county's data: for admins only. */
  private requireAdmin(actor: Actor): void {
    if (actor.role !== 'admin') throw forbidden('forbidden.collections');
  }
}
