import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { notFound } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { Transactions } from '../database/transactions';
import { County } from './county.entity';
import { Municipality, MunicipalityGroup, MunicipalityPopulation } from './municipality.entity';
import { Organisation } from './organisation.entity';
import { CLASSIFICATION_YEAR, loadReferenceFile, POPULATION_YEAR } from './reference-data';
import { municipalityNamesOf } from './geography.queries';

export interface MunicipalityView {
  code: string;
  name: string;
  countyCode: string;
  group: {
    code: string;
    name: string;
    mainGroup: string;
    mainGroupName: string;
    classificationYear: number;
  } | null;
  population: { value: number; year: number } | null;
}

@Injectable()
export class GeographyService implements OnModuleInit {
  private readonly logger = new Logger(GeographyService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(County) private readonly counties: Repository<County>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly transactions: Transactions,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.loadReferenceData();
  }

  /** Loads the shipped counties and municipalities; running it again changes nothing. */
  async loadReferenceData(): Promise<void> {
    const rows = loadReferenceFile();
    const counties = new Map(rows.map((r) => [r.countyCode, r.countyName]));
    await this.transactions.run(async (manager) => {
      await manager.upsert(
        County,
        [...counties].map(([code, name]) => ({ code, name })),
        ['code'],
      );
      await manager.upsert(
        Municipality,
        rows.map((r) => ({ code: r.code, name: r.name, countyCode: r.countyCode })),
        ['code'],
      );
      await manager.upsert(
        MunicipalityGroup,
        rows.map((r) => ({
          municipalityCode: r.code,
          classificationYear: CLASSIFICATION_YEAR,
          groupCode: r.groupCode,
          groupName: r.groupName,
          mainGroup: r.mainGroup,
          mainGroupName: r.mainGroupName,
        })),
        ['municipalityCode', 'classificationYear'],
      );
      await manager.upsert(
        MunicipalityPopulation,
        rows.map((r) => ({ municipalityCode: r.code, year: POPULATION_YEAR, population: r.population })),
        ['municipalityCode', 'year'],
      );
    });
    this.logger.log(`Reference data: ${counties.size} counties, ${rows.length} municipalities`);
  }

  listCounties(): Promise<County[]> {
    return this.counties.find({ order: { code: 'ASC' } });
  }

  /** Every municipality's name by its code. */
  municipalityNames(): Promise<Map<string, string>> {
    return municipalityNamesOf(this.municipalities);
  }

  findCounty(code: string): Promise<County | null> {
    return this.counties.findOneBy({ code });
  }

  findMunicipality(code: string): Promise<Municipality | null> {
    return this.municipalities.findOneBy({ code });
  }

  findOrganisation(id: string): Promise<Organisation | null> {
    return isUuid(id) ? this.organisations.findOneBy({ id }) : Promise.resolve(null);
  }

  /** The county's organisations (the active ones only, when asked), by name. */
  organisationsOfCounty(countyCode: string, activeOnly = false): Promise<Organisation[]> {
    return this.organisations.find({
      where: activeOnly ? { countyCode, active: true } : { countyCode },
      order: { name: 'ASC' },
    });
  }

  /** The county's municipalities with their newest SKR group and population figure. */
  async municipalitiesOfCounty(countyCode: string): Promise<MunicipalityView[]> {
    if (!(await this.findCounty(countyCode))) throw notFound('not_found.county');
    const list = await this.municipalities.find({ where: { countyCode }, order: { code: 'ASC' } });
    const codes = list.map((m) => m.code);
    if (codes.length === 0) return [];
    const groups = await this.dataSource
      .getRepository(MunicipalityGroup)
      .createQueryBuilder('g')
      .where('g.municipality_code IN (:...codes)', { codes })
      .orderBy('g.classification_year', 'ASC')
      .getMany();
    const populations = await this.dataSource
      .getRepository(MunicipalityPopulation)
      .createQueryBuilder('p')
      .where('p.municipality_code IN (:...codes)', { codes })
      .orderBy('p.year', 'ASC')
      .getMany();
    const groupOf = new Map(groups.map((g) => [g.municipalityCode, g]));
    const populationOf = new Map(populations.map((p) => [p.municipalityCode, p]));
    return list.map((m) => {
      const g = groupOf.get(m.code);
      const p = populationOf.get(m.code);
      return {
        code: m.code,
        name: m.name,
        countyCode: m.countyCode,
        group: g
          ? {
              code: g.groupCode,
              name: g.groupName,
              mainGroup: g.mainGroup,
              mainGroupName: g.mainGroupName,
              classificationYear: g.classificationYear,
            }
          : null,
        population: p ? { value: p.population, year: p.year } : null,
      };
    });
  }
}
