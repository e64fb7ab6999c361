import { MigrationInterface, QueryRunner } from 'typeorm';
import type { AssessmentDocument } from '../../assessments/assessment-document';
import { figuresOf } from '../../assessments/figures/area-figures';
import { DEFAULT_TAXONOMY } from '../../taxonomy/default-taxonomy';
import { resolveTaxonomy, Taxonomy, TaxonomyOverride } from '../../taxonomy/taxonomy';

const AREA_COLUMNS = [
  'assessment_id',
  'area',
  'round_id',
  'county_code',
  'municipality_code',
  'level',
  'trend',
  'extent',
  'risks',
  'affected_groups',
  'measures',
  'planned',
];
const BATCH = 400;

/**
 * The figures read model of each assessment's latest submission, and its rebuild from the submissions already stored,
 * by the same rules as a submission writes them.
 */
export class SubmissionFigures1796206123864 implements MigrationInterface {
  name = 'SubmissionFigures1796206123864';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "assessment_figures" ("assessment_id" character varying(36) NOT NULL, "round_id" character varying(36) NOT NULL, "county_code" character varying(2) NOT NULL, "municipality_code" character varying(4) NOT NULL, "submission" integer NOT NULL, "plans" text NOT NULL, CONSTRAINT "PK_787237841d8a7de12ad86a6a309" PRIMARY KEY ("assessment_id"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_68e19440fb5bff1dd4d68a7d07" ON "assessment_figures"  ("round_id") `,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_37a93f3a479d0c6330b26f8abb" ON "assessment_figures"  ("municipality_code") `,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_a73eff9e9498e9a78c7a67eda7" ON "assessment_figures"  ("county_code", "round_id") `,
      );
      await queryRunner.query(
        `CREATE TABLE "assessment_area_figure" ("assessment_id" character varying(36) NOT NULL, "area" character varying(40) NOT NULL, "round_id" character varying(36) NOT NULL, "county_code" character varying(2) NOT NULL, "municipality_code" character varying(4) NOT NULL, "level" character varying(40), "trend" character varying(40), "extent" character varying(40), "risks" integer NOT NULL, "affected_groups" text NOT NULL, "measures" integer NOT NULL, "planned" integer NOT NULL, CONSTRAINT "PK_dbcde57709a8eee0ed163d755e6" PRIMARY KEY ("assessment_id", "area"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_a5d9d80454d82516b78b9c8293" ON "assessment_area_figure"  ("round_id") `,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_717c2966f53d27de1fd1d67691" ON "assessment_area_figure"  ("county_code", "round_id", "area") `,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "assessment_figures" ("assessment_id" varchar(36) PRIMARY KEY NOT NULL, "round_id" varchar(36) NOT NULL, "county_code" varchar(2) NOT NULL, "municipality_code" varchar(4) NOT NULL, "submission" integer NOT NULL, "plans" text NOT NULL)`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_68e19440fb5bff1dd4d68a7d07" ON "assessment_figures" ("round_id") `,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_37a93f3a479d0c6330b26f8abb" ON "assessment_figures" ("municipality_code") `,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_a73eff9e9498e9a78c7a67eda7" ON "assessment_figures" ("county_code", "round_id") `,
      );
      await queryRunner.query(
        `CREATE TABLE "assessment_area_figure" ("assessment_id" varchar(36) NOT NULL, "area" varchar(40) NOT NULL, "round_id" varchar(36) NOT NULL, "county_code" varchar(2) NOT NULL, "municipality_code" varchar(4) NOT NULL, "level" varchar(40), "trend" varchar(40), "extent" varchar(40), "risks" integer NOT NULL, "affected_groups" text NOT NULL, "measures" integer NOT NULL, "planned" integer NOT NULL, PRIMARY KEY ("assessment_id", "area"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_a5d9d80454d82516b78b9c8293" ON "assessment_area_figure" ("round_id") `,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_717c2966f53d27de1fd1d67691" ON "assessment_area_figure" ("county_code", "round_id", "area") `,
      );
    }
    await this.rebuild(queryRunner);
  }

  private async rebuild(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const rows = (await queryRunner.query(
      `SELECT a.id, a.round_id, a.municipality_code, r.county_code, r.taxonomy, r.taxonomy_override, s.number, s.document
       FROM assessment a
       JOIN round r ON r.id = a.round_id
       JOIN assessment_submission s ON s.assessment_id = a.id
         AND s.number = (SELECT MAX(s2.number) FROM assessment_submission s2 WHERE s2.assessment_id = a.id)`,
    )) as Record<string, string | number | null>[];
    const insert = async (table: string, columns: string[], values: unknown[][]) => {
      for (let i = 0; i < values.length; i += BATCH) {
        const batch = values.slice(i, i + BATCH);
        let n = 0;
        const tuples = batch.map(() => `(${columns.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`);
        await queryRunner.query(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
          batch.flat(),
        );
      }
    };
    const headers: unknown[][] = [];
    const areas: unknown[][] = [];
    for (const row of rows) {
      const taxonomy: Taxonomy = row.taxonomy
        ? (JSON.parse(String(row.taxonomy)) as Taxonomy)
        : resolveTaxonomy(
            DEFAULT_TAXONOMY,
            row.taxonomy_override ? (JSON.parse(String(row.taxonomy_override)) as TaxonomyOverride) : null,
          );
      const figures = figuresOf(JSON.parse(String(row.document)) as AssessmentDocument, taxonomy);
      const place = [row.id, row.round_id, row.county_code, row.municipality_code];
      headers.push([...place, Number(row.number), JSON.stringify(figures.plans)]);
      for (const a of figures.areas)
        areas.push([
          row.id,
          a.area,
          ...place.slice(1),
          a.level,
          a.trend,
          a.extent,
          a.risks,
          JSON.stringify(a.affectedGroups),
          a.measures,
          a.planned,
        ]);
    }
    await insert(
      'assessment_figures',
      ['assessment_id', 'round_id', 'county_code', 'municipality_code', 'submission', 'plans'],
      headers,
    );
    await insert('assessment_area_figure', AREA_COLUMNS, areas);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP INDEX "public"."IDX_717c2966f53d27de1fd1d67691"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_a5d9d80454d82516b78b9c8293"`);
      await queryRunner.query(`DROP TABLE "assessment_area_figure"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_a73eff9e9498e9a78c7a67eda7"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_37a93f3a479d0c6330b26f8abb"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_68e19440fb5bff1dd4d68a7d07"`);
      await queryRunner.query(`DROP TABLE "assessment_figures"`);
    } else {
      await queryRunner.query(`DROP INDEX "IDX_717c2966f53d27de1fd1d67691"`);
      await queryRunner.query(`DROP INDEX "IDX_a5d9d80454d82516b78b9c8293"`);
      await queryRunner.query(`DROP TABLE "assessment_area_figure"`);
      await queryRunner.query(`DROP INDEX "IDX_a73eff9e9498e9a78c7a67eda7"`);
      await queryRunner.query(`DROP INDEX "IDX_37a93f3a479d0c6330b26f8abb"`);
      await queryRunner.query(`DROP INDEX "IDX_68e19440fb5bff1dd4d68a7d07"`);
      await queryRunner.query(`DROP TABLE "assessment_figures"`);
    }
  }
}
