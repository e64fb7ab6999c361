import { MigrationInterface, QueryRunner } from 'typeorm';

/** An assessment answered by one of the county's organisations instead of a municipality. */
export class OrganisationAssessments1796370000000 implements MigrationInterface {
  name = 'OrganisationAssessments1796370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "assessment" ADD "organisation_id" character varying(36)`);
      await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_3cc4dc98d56d5584d65dc787526"`);
      await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "UQ_assessment_round_municipality"`);
      await queryRunner.query(`ALTER TABLE "assessment" ALTER COLUMN "municipality_code" DROP NOT NULL`);
      await queryRunner.query(
        `CREATE INDEX "IDX_b62063005296e4744d4f2268da" ON "assessment"  ("organisation_id") `,
      );
      await queryRunner.query(
        `ALTER TABLE "assessment" ADD CONSTRAINT "CHK_assessment_respondent" CHECK (("municipality_code" IS NULL) <> ("organisation_id" IS NULL))`,
      );
      await queryRunner.query(
        `ALTER TABLE "assessment" ADD CONSTRAINT "UQ_assessment_round_organisation" UNIQUE ("round_id", "organisation_id")`,
      );
      await queryRunner.query(
        `ALTER TABLE "assessment" ADD CONSTRAINT "UQ_assessment_round_municipality" UNIQUE ("round_id", "municipality_code")`,
      );
      await queryRunner.query(
        `ALTER TABLE "assessment" ADD CONSTRAINT "FK_3cc4dc98d56d5584d65dc787526" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "assessment" ADD CONSTRAINT "FK_b62063005296e4744d4f2268daa" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    } else {
      await rebuildAssessment(queryRunner, {
        create: `CREATE TABLE "assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "round_id" varchar(36) NOT NULL, "municipality_code" varchar(4), "status" varchar(12) NOT NULL, "version" integer NOT NULL, "document" text NOT NULL, "late" boolean NOT NULL, "submitted_at" varchar(24), "updated_at" varchar(24) NOT NULL, "updated_by" varchar(36) NOT NULL, "sections" text NOT NULL DEFAULT ('{}'), "organisation_id" varchar(36), CONSTRAINT "UQ_assessment_round_organisation" UNIQUE ("round_id", "organisation_id"), CONSTRAINT "UQ_assessment_round_municipality" UNIQUE ("round_id", "municipality_code"), CONSTRAINT "CHK_assessment_respondent" CHECK (("municipality_code" IS NULL) <> ("organisation_id" IS NULL)), CONSTRAINT "FK_c0fc0be8e5863842c835d6ff589" FOREIGN KEY ("round_id") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3cc4dc98d56d5584d65dc787526" FOREIGN KEY ("municipality_code") REFERENCES "municipality" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b62063005296e4744d4f2268daa" FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
        copy: `INSERT INTO "assessment"("id", "round_id", "municipality_code", "status", "version", "document", "late", "submitted_at", "updated_at", "updated_by", "sections") SELECT "id", "round_id", "municipality_code", "status", "version", "document", "late", "submitted_at", "updated_at", "updated_by", "sections" FROM "assessment_before"`,
        indexes: ['municipality_code', 'organisation_id'],
      });
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_b62063005296e4744d4f2268daa"`);
      await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_3cc4dc98d56d5584d65dc787526"`);
      await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "UQ_assessment_round_municipality"`);
      await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "UQ_assessment_round_organisation"`);
      await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "CHK_assessment_respondent"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_b62063005296e4744d4f2268da"`);
      await queryRunner.query(`ALTER TABLE "assessment" ALTER COLUMN "municipality_code" SET NOT NULL`);
      await queryRunner.query(
        `ALTER TABLE "assessment" ADD CONSTRAINT "UQ_assessment_round_municipality" UNIQUE ("round_id", "municipality_code")`,
      );
      await queryRunner.query(
        `ALTER TABLE "assessment" ADD CONSTRAINT "FK_3cc4dc98d56d5584d65dc787526" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "organisation_id"`);
    } else {
      await rebuildAssessment(queryRunner, {
        create: `CREATE TABLE "assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "round_id" varchar(36) NOT NULL, "municipality_code" varchar(4) NOT NULL, "status" varchar(12) NOT NULL, "version" integer NOT NULL, "document" text NOT NULL, "late" boolean NOT NULL, "submitted_at" varchar(24), "updated_at" varchar(24) NOT NULL, "updated_by" varchar(36) NOT NULL, "sections" text NOT NULL DEFAULT ('{}'), CONSTRAINT "UQ_assessment_round_municipality" UNIQUE ("round_id", "municipality_code"), CONSTRAINT "FK_3cc4dc98d56d5584d65dc787526" FOREIGN KEY ("municipality_code") REFERENCES "municipality" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_c0fc0be8e5863842c835d6ff589" FOREIGN KEY ("round_id") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
        copy: `INSERT INTO "assessment"("id", "round_id", "municipality_code", "status", "version", "document", "late", "submitted_at", "updated_at", "updated_by", "sections") SELECT "id", "round_id", "municipality_code", "status", "version", "document", "late", "submitted_at", "updated_at", "updated_by", "sections" FROM "assessment_before" WHERE "municipality_code" IS NOT NULL`,
        indexes: ['municipality_code'],
      });
    }
  }
}

const INDEXES: Record<string, string> = {
  municipality_code: 'IDX_3cc4dc98d56d5584d65dc78752',
  organisation_id: 'IDX_b62063005296e4744d4f2268da',
};

/**
 * Rebuilds SQLite's assessment table in another shape. Its rows are kept aside in a table without constraints, and
 * the submissions and events that refer to it find them again when they are copied back: with the foreign keys
 * deferred, this holds whether a migration runs with them on or off.
 */
async function rebuildAssessment(
  queryRunner: QueryRunner,
  to: { create: string; copy: string; indexes: string[] },
): Promise<void> {
  await queryRunner.query(`PRAGMA defer_foreign_keys = ON`);
  await queryRunner.query(`CREATE TABLE "assessment_before" AS SELECT * FROM "assessment"`);
  await queryRunner.query(`DROP TABLE "assessment"`);
  await queryRunner.query(to.create);
  await queryRunner.query(to.copy);
  await queryRunner.query(`DROP TABLE "assessment_before"`);
  for (const column of to.indexes)
    await queryRunner.query(`CREATE INDEX "${INDEXES[column]}" ON "assessment" ("${column}") `);
}
