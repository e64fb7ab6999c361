import { MigrationInterface, QueryRunner } from 'typeorm';
import { roundCounts } from '../../assessments/figures/area-figures';

/** Each round's figures counted by status and area, for the trends, and their count from the figures stored before. */
export class RoundAreaCounts1796208590520 implements MigrationInterface {
  name = 'RoundAreaCounts1796208590520';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "round_area_count" ("round_id" character varying(36) NOT NULL, "status" character varying(12) NOT NULL, "area" character varying(40) NOT NULL, "county_code" character varying(2) NOT NULL, "municipalities" integer NOT NULL, "levels" text NOT NULL, "trends" text NOT NULL, CONSTRAINT "PK_5bd30d4ea659e115d9cdda8dff4" PRIMARY KEY ("round_id", "status", "area"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_9ed6479379501031d46e0e4970" ON "round_area_count"  ("county_code", "round_id") `,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "round_area_count" ("round_id" varchar(36) NOT NULL, "status" varchar(12) NOT NULL, "area" varchar(40) NOT NULL, "county_code" varchar(2) NOT NULL, "municipalities" integer NOT NULL, "levels" text NOT NULL, "trends" text NOT NULL, PRIMARY KEY ("round_id", "status", "area"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_9ed6479379501031d46e0e4970" ON "round_area_count" ("county_code", "round_id") `,
      );
    }
    await this.fill(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP INDEX "public"."IDX_9ed6479379501031d46e0e4970"`);
      await queryRunner.query(`DROP TABLE "round_area_count"`);
    } else {
      await queryRunner.query(`DROP INDEX "IDX_9ed6479379501031d46e0e4970"`);
      await queryRunner.query(`DROP TABLE "round_area_count"`);
    }
  }

  private async fill(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const rounds = (await queryRunner.query(
      `SELECT DISTINCT round_id, county_code FROM assessment_figures`,
    )) as { round_id: string; county_code: string }[];
    const p = (n: number) => (postgres ? `$${n}` : '?');
    for (const round of rounds) {
      const assessments = (await queryRunner.query(
        `SELECT a.status FROM assessment_figures f JOIN assessment a ON a.id = f.assessment_id WHERE f.round_id = ${p(1)}`,
        [round.round_id],
      )) as { status: string }[];
      const areas = (await queryRunner.query(
        `SELECT a.status, f.area, f.level, f.trend FROM assessment_area_figure f
         JOIN assessment a ON a.id = f.assessment_id WHERE f.round_id = ${p(1)}`,
        [round.round_id],
      )) as { status: string; area: string; level: string | null; trend: string | null }[];
      for (const c of roundCounts(assessments, areas))
        await queryRunner.query(
          `INSERT INTO "round_area_count" ("round_id", "status", "area", "county_code", "municipalities", "levels", "trends")
           VALUES (${[1, 2, 3, 4, 5, 6, 7].map(p).join(', ')})`,
          [
            round.round_id,
            c.status,
            c.area,
            round.county_code,
            c.municipalities,
            JSON.stringify(c.levels),
            JSON.stringify(c.trends),
          ],
        );
    }
  }
}
