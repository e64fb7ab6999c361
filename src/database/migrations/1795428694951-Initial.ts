import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795428694951 implements MigrationInterface {
  name = 'Initial1795428694951';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "county" ("code" character varying(2) NOT NULL, "name" character varying(100) NOT NULL, CONSTRAINT "PK_7173be2c5b2ff6434042412edd1" PRIMARY KEY ("code"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "municipality" ("code" character varying(4) NOT NULL, "name" character varying(100) NOT NULL, "county_code" character varying(2) NOT NULL, CONSTRAINT "PK_f01eb47e7b81481ca5a146a786d" PRIMARY KEY ("code"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_6dd175b99600ef7323c414fbed" ON "municipality"  ("county_code") `,
      );
      await queryRunner.query(
        `CREATE TABLE "municipality_group" ("municipality_code" character varying(4) NOT NULL, "classification_year" integer NOT NULL, "group_code" character varying(2) NOT NULL, "group_name" character varying(100) NOT NULL, "main_group" character varying(1) NOT NULL, "main_group_name" character varying(100) NOT NULL, CONSTRAINT "PK_884a0dc94406a8c247003426cfa" PRIMARY KEY ("municipality_code", "classification_year"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "municipality_population" ("municipality_code" character varying(4) NOT NULL, "year" integer NOT NULL, "population" integer NOT NULL, CONSTRAINT "PK_6e8e68f90089655ba48d0deaed4" PRIMARY KEY ("municipality_code", "year"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "round" ("id" character varying(36) NOT NULL, "county_code" character varying(2) NOT NULL, "title" character varying(200) NOT NULL, "period_start" character varying(10) NOT NULL, "period_end" character varying(10) NOT NULL, "deadline" character varying(10) NOT NULL, "accept_late" boolean NOT NULL, "status" character varying(10) NOT NULL, "taxonomy" text, "taxonomy_override" text, "created_by" character varying(36) NOT NULL, "created_at" character varying(24) NOT NULL, "opened_at" character varying(24), "closed_at" character varying(24), CONSTRAINT "PK_34bd959f3f4a90eb86e4ae24d2d" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_d440d0674a3dd3f63a21141bfb" ON "round"  ("county_code") `);
      await queryRunner.query(
        `CREATE TABLE "assessment" ("id" character varying(36) NOT NULL, "round_id" character varying(36) NOT NULL, "municipality_code" character varying(4) NOT NULL, "status" character varying(12) NOT NULL, "version" integer NOT NULL, "document" text NOT NULL, "late" boolean NOT NULL, "submitted_at" character varying(24), "updated_at" character varying(24) NOT NULL, "updated_by" character varying(36) NOT NULL, CONSTRAINT "UQ_assessment_round_municipality" UNIQUE ("round_id", "municipality_code"), CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_3cc4dc98d56d5584d65dc78752" ON "assessment"  ("municipality_code") `,
      );
      await queryRunner.query(
        `CREATE TABLE "assessment_event" ("id" SERIAL NOT NULL, "assessment_id" character varying(36) NOT NULL, "action" character varying(12) NOT NULL, "from_status" character varying(12) NOT NULL, "to_status" character varying(12) NOT NULL, "document_version" integer NOT NULL, "actor_id" character varying(36) NOT NULL, "comment" text, "at" character varying(24) NOT NULL, CONSTRAINT "PK_34d644bd20e3a9b9b5f61140234" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_af526786a42dd7ecd0f5770a6f" ON "assessment_event"  ("assessment_id") `,
      );
      await queryRunner.query(
        `CREATE TABLE "assessment_submission" ("id" character varying(36) NOT NULL, "assessment_id" character varying(36) NOT NULL, "number" integer NOT NULL, "document_version" integer NOT NULL, "document" text NOT NULL, "late" boolean NOT NULL, "submitted_at" character varying(24) NOT NULL, "submitted_by" character varying(36) NOT NULL, CONSTRAINT "UQ_assessment_submission_number" UNIQUE ("assessment_id", "number"), CONSTRAINT "PK_b2bb87ad5a9b9960810ceb48dc6" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "audit_event" ("id" SERIAL NOT NULL, "at" character varying(24) NOT NULL, "actor_id" character varying(36), "action" character varying(40) NOT NULL, "subject_type" character varying(20), "subject_id" character varying(40), "county_code" character varying(2), "detail" text, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_7eb6e6e03b6280480fc35e70e8" ON "audit_event"  ("county_code") `,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_423ac5803243a8628dcc987212" ON "audit_event"  ("subject_type", "subject_id", "at") `,
      );
      await queryRunner.query(
        `CREATE TABLE "app_user" ("id" character varying(36) NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(200) NOT NULL, "role" character varying(12) NOT NULL, "county_code" character varying(2), "municipality_code" character varying(4), "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_ac43875027a39e43b94a03f866" ON "app_user"  ("county_code") `,
      );
      await queryRunner.query(
        `ALTER TABLE "municipality" ADD CONSTRAINT "FK_6dd175b99600ef7323c414fbed5" FOREIGN KEY ("county_code") REFERENCES "county"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "municipality_group" ADD CONSTRAINT "FK_05f1ba5690f22aaccfb583ab236" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "municipality_population" ADD CONSTRAINT "FK_dc2593f1c5294850dac93766096" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "round" ADD CONSTRAINT "FK_d440d0674a3dd3f63a21141bfb6" FOREIGN KEY ("county_code") REFERENCES "county"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "assessment" ADD CONSTRAINT "FK_c0fc0be8e5863842c835d6ff589" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "assessment" ADD CONSTRAINT "FK_3cc4dc98d56d5584d65dc787526" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "assessment_event" ADD CONSTRAINT "FK_af526786a42dd7ecd0f5770a6f2" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "assessment_submission" ADD CONSTRAINT "FK_74a82aac6290e8fa5ddd82f19e3" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "app_user" ADD CONSTRAINT "FK_ac43875027a39e43b94a03f8668" FOREIGN KEY ("county_code") REFERENCES "county"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "app_user" ADD CONSTRAINT "FK_d3904e1539adc109d0c6e32ed7d" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "county" ("code" varchar(2) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL)`,
      );
      await queryRunner.query(
        `CREATE TABLE "municipality" ("code" varchar(4) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "county_code" varchar(2) NOT NULL)`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_6dd175b99600ef7323c414fbed" ON "municipality" ("county_code") `,
      );
      await queryRunner.query(
        `CREATE TABLE "municipality_group" ("municipality_code" varchar(4) NOT NULL, "classification_year" integer NOT NULL, "group_code" varchar(2) NOT NULL, "group_name" varchar(100) NOT NULL, "main_group" varchar(1) NOT NULL, "main_group_name" varchar(100) NOT NULL, PRIMARY KEY ("municipality_code", "classification_year"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "municipality_population" ("municipality_code" varchar(4) NOT NULL, "year" integer NOT NULL, "population" integer NOT NULL, PRIMARY KEY ("municipality_code", "year"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "round" ("id" varchar(36) PRIMARY KEY NOT NULL, "county_code" varchar(2) NOT NULL, "title" varchar(200) NOT NULL, "period_start" varchar(10) NOT NULL, "period_end" varchar(10) NOT NULL, "deadline" varchar(10) NOT NULL, "accept_late" boolean NOT NULL, "status" varchar(10) NOT NULL, "taxonomy" text, "taxonomy_override" text, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, "opened_at" varchar(24), "closed_at" varchar(24))`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_d440d0674a3dd3f63a21141bfb" ON "round" ("county_code") `);
      await queryRunner.query(
        `CREATE TABLE "assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "round_id" varchar(36) NOT NULL, "municipality_code" varchar(4) NOT NULL, "status" varchar(12) NOT NULL, "version" integer NOT NULL, "document" text NOT NULL, "late" boolean NOT NULL, "submitted_at" varchar(24), "updated_at" varchar(24) NOT NULL, "updated_by" varchar(36) NOT NULL, CONSTRAINT "UQ_assessment_round_municipality" UNIQUE ("round_id", "municipality_code"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_3cc4dc98d56d5584d65dc78752" ON "assessment" ("municipality_code") `,
      );
      await queryRunner.query(
        `CREATE TABLE "assessment_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "assessment_id" varchar(36) NOT NULL, "action" varchar(12) NOT NULL, "from_status" varchar(12) NOT NULL, "to_status" varchar(12) NOT NULL, "document_version" integer NOT NULL, "actor_id" varchar(36) NOT NULL, "comment" text, "at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_af526786a42dd7ecd0f5770a6f" ON "assessment_event" ("assessment_id") `,
      );
      await queryRunner.query(
        `CREATE TABLE "assessment_submission" ("id" varchar(36) PRIMARY KEY NOT NULL, "assessment_id" varchar(36) NOT NULL, "number" integer NOT NULL, "document_version" integer NOT NULL, "document" text NOT NULL, "late" boolean NOT NULL, "submitted_at" varchar(24) NOT NULL, "submitted_by" varchar(36) NOT NULL, CONSTRAINT "UQ_assessment_submission_number" UNIQUE ("assessment_id", "number"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "audit_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" varchar(24) NOT NULL, "actor_id" varchar(36), "action" varchar(40) NOT NULL, "subject_type" varchar(20), "subject_id" varchar(40), "county_code" varchar(2), "detail" text)`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_7eb6e6e03b6280480fc35e70e8" ON "audit_event" ("county_code") `,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_423ac5803243a8628dcc987212" ON "audit_event" ("subject_type", "subject_id", "at") `,
      );
      await queryRunner.query(
        `CREATE TABLE "app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "password_hash" varchar(200) NOT NULL, "role" varchar(12) NOT NULL, "county_code" varchar(2), "municipality_code" varchar(4), "created_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `,
      );
      await queryRunner.query(`CREATE INDEX "IDX_ac43875027a39e43b94a03f866" ON "app_user" ("county_code") `);
      await queryRunner.query(`DROP INDEX "IDX_6dd175b99600ef7323c414fbed"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_municipality" ("code" varchar(4) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "county_code" varchar(2) NOT NULL, CONSTRAINT "FK_6dd175b99600ef7323c414fbed5" FOREIGN KEY ("county_code") REFERENCES "county" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_municipality"("code", "name", "county_code") SELECT "code", "name", "county_code" FROM "municipality"`,
      );
      await queryRunner.query(`DROP TABLE "municipality"`);
      await queryRunner.query(`ALTER TABLE "temporary_municipality" RENAME TO "municipality"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_6dd175b99600ef7323c414fbed" ON "municipality" ("county_code") `,
      );
      await queryRunner.query(
        `CREATE TABLE "temporary_municipality_group" ("municipality_code" varchar(4) NOT NULL, "classification_year" integer NOT NULL, "group_code" varchar(2) NOT NULL, "group_name" varchar(100) NOT NULL, "main_group" varchar(1) NOT NULL, "main_group_name" varchar(100) NOT NULL, CONSTRAINT "FK_05f1ba5690f22aaccfb583ab236" FOREIGN KEY ("municipality_code") REFERENCES "municipality" ("code") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("municipality_code", "classification_year"))`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_municipality_group"("municipality_code", "classification_year", "group_code", "group_name", "main_group", "main_group_name") SELECT "municipality_code", "classification_year", "group_code", "group_name", "main_group", "main_group_name" FROM "municipality_group"`,
      );
      await queryRunner.query(`DROP TABLE "municipality_group"`);
      await queryRunner.query(`ALTER TABLE "temporary_municipality_group" RENAME TO "municipality_group"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_municipality_population" ("municipality_code" varchar(4) NOT NULL, "year" integer NOT NULL, "population" integer NOT NULL, CONSTRAINT "FK_dc2593f1c5294850dac93766096" FOREIGN KEY ("municipality_code") REFERENCES "municipality" ("code") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("municipality_code", "year"))`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_municipality_population"("municipality_code", "year", "population") SELECT "municipality_code", "year", "population" FROM "municipality_population"`,
      );
      await queryRunner.query(`DROP TABLE "municipality_population"`);
      await queryRunner.query(
        `ALTER TABLE "temporary_municipality_population" RENAME TO "municipality_population"`,
      );
      await queryRunner.query(`DROP INDEX "IDX_d440d0674a3dd3f63a21141bfb"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_round" ("id" varchar(36) PRIMARY KEY NOT NULL, "county_code" varchar(2) NOT NULL, "title" varchar(200) NOT NULL, "period_start" varchar(10) NOT NULL, "period_end" varchar(10) NOT NULL, "deadline" varchar(10) NOT NULL, "accept_late" boolean NOT NULL, "status" varchar(10) NOT NULL, "taxonomy" text, "taxonomy_override" text, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, "opened_at" varchar(24), "closed_at" varchar(24), CONSTRAINT "FK_d440d0674a3dd3f63a21141bfb6" FOREIGN KEY ("county_code") REFERENCES "county" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_round"("id", "county_code", "title", "period_start", "period_end", "deadline", "accept_late", "status", "taxonomy", "taxonomy_override", "created_by", "created_at", "opened_at", "closed_at") SELECT "id", "county_code", "title", "period_start", "period_end", "deadline", "accept_late", "status", "taxonomy", "taxonomy_override", "created_by", "created_at", "opened_at", "closed_at" FROM "round"`,
      );
      await queryRunner.query(`DROP TABLE "round"`);
      await queryRunner.query(`ALTER TABLE "temporary_round" RENAME TO "round"`);
      await queryRunner.query(`CREATE INDEX "IDX_d440d0674a3dd3f63a21141bfb" ON "round" ("county_code") `);
      await queryRunner.query(`DROP INDEX "IDX_3cc4dc98d56d5584d65dc78752"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "round_id" varchar(36) NOT NULL, "municipality_code" varchar(4) NOT NULL, "status" varchar(12) NOT NULL, "version" integer NOT NULL, "document" text NOT NULL, "late" boolean NOT NULL, "submitted_at" varchar(24), "updated_at" varchar(24) NOT NULL, "updated_by" varchar(36) NOT NULL, CONSTRAINT "UQ_assessment_round_municipality" UNIQUE ("round_id", "municipality_code"), CONSTRAINT "FK_c0fc0be8e5863842c835d6ff589" FOREIGN KEY ("round_id") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3cc4dc98d56d5584d65dc787526" FOREIGN KEY ("municipality_code") REFERENCES "municipality" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_assessment"("id", "round_id", "municipality_code", "status", "version", "document", "late", "submitted_at", "updated_at", "updated_by") SELECT "id", "round_id", "municipality_code", "status", "version", "document", "late", "submitted_at", "updated_at", "updated_by" FROM "assessment"`,
      );
      await queryRunner.query(`DROP TABLE "assessment"`);
      await queryRunner.query(`ALTER TABLE "temporary_assessment" RENAME TO "assessment"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_3cc4dc98d56d5584d65dc78752" ON "assessment" ("municipality_code") `,
      );
      await queryRunner.query(`DROP INDEX "IDX_af526786a42dd7ecd0f5770a6f"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_assessment_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "assessment_id" varchar(36) NOT NULL, "action" varchar(12) NOT NULL, "from_status" varchar(12) NOT NULL, "to_status" varchar(12) NOT NULL, "document_version" integer NOT NULL, "actor_id" varchar(36) NOT NULL, "comment" text, "at" varchar(24) NOT NULL, CONSTRAINT "FK_af526786a42dd7ecd0f5770a6f2" FOREIGN KEY ("assessment_id") REFERENCES "assessment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_assessment_event"("id", "assessment_id", "action", "from_status", "to_status", "document_version", "actor_id", "comment", "at") SELECT "id", "assessment_id", "action", "from_status", "to_status", "document_version", "actor_id", "comment", "at" FROM "assessment_event"`,
      );
      await queryRunner.query(`DROP TABLE "assessment_event"`);
      await queryRunner.query(`ALTER TABLE "temporary_assessment_event" RENAME TO "assessment_event"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_af526786a42dd7ecd0f5770a6f" ON "assessment_event" ("assessment_id") `,
      );
      await queryRunner.query(
        `CREATE TABLE "temporary_assessment_submission" ("id" varchar(36) PRIMARY KEY NOT NULL, "assessment_id" varchar(36) NOT NULL, "number" integer NOT NULL, "document_version" integer NOT NULL, "document" text NOT NULL, "late" boolean NOT NULL, "submitted_at" varchar(24) NOT NULL, "submitted_by" varchar(36) NOT NULL, CONSTRAINT "UQ_assessment_submission_number" UNIQUE ("assessment_id", "number"), CONSTRAINT "FK_74a82aac6290e8fa5ddd82f19e3" FOREIGN KEY ("assessment_id") REFERENCES "assessment" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_assessment_submission"("id", "assessment_id", "number", "document_version", "document", "late", "submitted_at", "submitted_by") SELECT "id", "assessment_id", "number", "document_version", "document", "late", "submitted_at", "submitted_by" FROM "assessment_submission"`,
      );
      await queryRunner.query(`DROP TABLE "assessment_submission"`);
      await queryRunner.query(
        `ALTER TABLE "temporary_assessment_submission" RENAME TO "assessment_submission"`,
      );
      await queryRunner.query(`DROP INDEX "IDX_3fa909d0e37c531ebc23770339"`);
      await queryRunner.query(`DROP INDEX "IDX_ac43875027a39e43b94a03f866"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "password_hash" varchar(200) NOT NULL, "role" varchar(12) NOT NULL, "county_code" varchar(2), "municipality_code" varchar(4), "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_ac43875027a39e43b94a03f8668" FOREIGN KEY ("county_code") REFERENCES "county" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_d3904e1539adc109d0c6e32ed7d" FOREIGN KEY ("municipality_code") REFERENCES "municipality" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_app_user"("id", "email", "name", "password_hash", "role", "county_code", "municipality_code", "created_at") SELECT "id", "email", "name", "password_hash", "role", "county_code", "municipality_code", "created_at" FROM "app_user"`,
      );
      await queryRunner.query(`DROP TABLE "app_user"`);
      await queryRunner.query(`ALTER TABLE "temporary_app_user" RENAME TO "app_user"`);
      await queryRunner.query(
        `CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `,
      );
      await queryRunner.query(`CREATE INDEX "IDX_ac43875027a39e43b94a03f866" ON "app_user" ("county_code") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_d3904e1539adc109d0c6e32ed7d"`);
      await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_ac43875027a39e43b94a03f8668"`);
      await queryRunner.query(
        `ALTER TABLE "assessment_submission" DROP CONSTRAINT "FK_74a82aac6290e8fa5ddd82f19e3"`,
      );
      await queryRunner.query(
        `ALTER TABLE "assessment_event" DROP CONSTRAINT "FK_af526786a42dd7ecd0f5770a6f2"`,
      );
      await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_3cc4dc98d56d5584d65dc787526"`);
      await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_c0fc0be8e5863842c835d6ff589"`);
      await queryRunner.query(`ALTER TABLE "round" DROP CONSTRAINT "FK_d440d0674a3dd3f63a21141bfb6"`);
      await queryRunner.query(
        `ALTER TABLE "municipality_population" DROP CONSTRAINT "FK_dc2593f1c5294850dac93766096"`,
      );
      await queryRunner.query(
        `ALTER TABLE "municipality_group" DROP CONSTRAINT "FK_05f1ba5690f22aaccfb583ab236"`,
      );
      await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "FK_6dd175b99600ef7323c414fbed5"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_ac43875027a39e43b94a03f866"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
      await queryRunner.query(`DROP TABLE "app_user"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_423ac5803243a8628dcc987212"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_7eb6e6e03b6280480fc35e70e8"`);
      await queryRunner.query(`DROP TABLE "audit_event"`);
      await queryRunner.query(`DROP TABLE "assessment_submission"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_af526786a42dd7ecd0f5770a6f"`);
      await queryRunner.query(`DROP TABLE "assessment_event"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_3cc4dc98d56d5584d65dc78752"`);
      await queryRunner.query(`DROP TABLE "assessment"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_d440d0674a3dd3f63a21141bfb"`);
      await queryRunner.query(`DROP TABLE "round"`);
      await queryRunner.query(`DROP TABLE "municipality_population"`);
      await queryRunner.query(`DROP TABLE "municipality_group"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_6dd175b99600ef7323c414fbed"`);
      await queryRunner.query(`DROP TABLE "municipality"`);
      await queryRunner.query(`DROP TABLE "county"`);
    } else {
      await queryRunner.query(`DROP INDEX "IDX_ac43875027a39e43b94a03f866"`);
      await queryRunner.query(`DROP INDEX "IDX_3fa909d0e37c531ebc23770339"`);
      await queryRunner.query(`ALTER TABLE "app_user" RENAME TO "temporary_app_user"`);
      await queryRunner.query(
        `CREATE TABLE "app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "password_hash" varchar(200) NOT NULL, "role" varchar(12) NOT NULL, "county_code" varchar(2), "municipality_code" varchar(4), "created_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `INSERT INTO "app_user"("id", "email", "name", "password_hash", "role", "county_code", "municipality_code", "created_at") SELECT "id", "email", "name", "password_hash", "role", "county_code", "municipality_code", "created_at" FROM "temporary_app_user"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_app_user"`);
      await queryRunner.query(`CREATE INDEX "IDX_ac43875027a39e43b94a03f866" ON "app_user" ("county_code") `);
      await queryRunner.query(
        `CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `,
      );
      await queryRunner.query(
        `ALTER TABLE "assessment_submission" RENAME TO "temporary_assessment_submission"`,
      );
      await queryRunner.query(
        `CREATE TABLE "assessment_submission" ("id" varchar(36) PRIMARY KEY NOT NULL, "assessment_id" varchar(36) NOT NULL, "number" integer NOT NULL, "document_version" integer NOT NULL, "document" text NOT NULL, "late" boolean NOT NULL, "submitted_at" varchar(24) NOT NULL, "submitted_by" varchar(36) NOT NULL, CONSTRAINT "UQ_assessment_submission_number" UNIQUE ("assessment_id", "number"))`,
      );
      await queryRunner.query(
        `INSERT INTO "assessment_submission"("id", "assessment_id", "number", "document_version", "document", "late", "submitted_at", "submitted_by") SELECT "id", "assessment_id", "number", "document_version", "document", "late", "submitted_at", "submitted_by" FROM "temporary_assessment_submission"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_assessment_submission"`);
      await queryRunner.query(`DROP INDEX "IDX_af526786a42dd7ecd0f5770a6f"`);
      await queryRunner.query(`ALTER TABLE "assessment_event" RENAME TO "temporary_assessment_event"`);
      await queryRunner.query(
        `CREATE TABLE "assessment_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "assessment_id" varchar(36) NOT NULL, "action" varchar(12) NOT NULL, "from_status" varchar(12) NOT NULL, "to_status" varchar(12) NOT NULL, "document_version" integer NOT NULL, "actor_id" varchar(36) NOT NULL, "comment" text, "at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `INSERT INTO "assessment_event"("id", "assessment_id", "action", "from_status", "to_status", "document_version", "actor_id", "comment", "at") SELECT "id", "assessment_id", "action", "from_status", "to_status", "document_version", "actor_id", "comment", "at" FROM "temporary_assessment_event"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_assessment_event"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_af526786a42dd7ecd0f5770a6f" ON "assessment_event" ("assessment_id") `,
      );
      await queryRunner.query(`DROP INDEX "IDX_3cc4dc98d56d5584d65dc78752"`);
      await queryRunner.query(`ALTER TABLE "assessment" RENAME TO "temporary_assessment"`);
      await queryRunner.query(
        `CREATE TABLE "assessment" ("id" varchar(36) PRIMARY KEY NOT NULL, "round_id" varchar(36) NOT NULL, "municipality_code" varchar(4) NOT NULL, "status" varchar(12) NOT NULL, "version" integer NOT NULL, "document" text NOT NULL, "late" boolean NOT NULL, "submitted_at" varchar(24), "updated_at" varchar(24) NOT NULL, "updated_by" varchar(36) NOT NULL, CONSTRAINT "UQ_assessment_round_municipality" UNIQUE ("round_id", "municipality_code"))`,
      );
      await queryRunner.query(
        `INSERT INTO "assessment"("id", "round_id", "municipality_code", "status", "version", "document", "late", "submitted_at", "updated_at", "updated_by") SELECT "id", "round_id", "municipality_code", "status", "version", "document", "late", "submitted_at", "updated_at", "updated_by" FROM "temporary_assessment"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_assessment"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_3cc4dc98d56d5584d65dc78752" ON "assessment" ("municipality_code") `,
      );
      await queryRunner.query(`DROP INDEX "IDX_d440d0674a3dd3f63a21141bfb"`);
      await queryRunner.query(`ALTER TABLE "round" RENAME TO "temporary_round"`);
      await queryRunner.query(
        `CREATE TABLE "round" ("id" varchar(36) PRIMARY KEY NOT NULL, "county_code" varchar(2) NOT NULL, "title" varchar(200) NOT NULL, "period_start" varchar(10) NOT NULL, "period_end" varchar(10) NOT NULL, "deadline" varchar(10) NOT NULL, "accept_late" boolean NOT NULL, "status" varchar(10) NOT NULL, "taxonomy" text, "taxonomy_override" text, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, "opened_at" varchar(24), "closed_at" varchar(24))`,
      );
      await queryRunner.query(
        `INSERT INTO "round"("id", "county_code", "title", "period_start", "period_end", "deadline", "accept_late", "status", "taxonomy", "taxonomy_override", "created_by", "created_at", "opened_at", "closed_at") SELECT "id", "county_code", "title", "period_start", "period_end", "deadline", "accept_late", "status", "taxonomy", "taxonomy_override", "created_by", "created_at", "opened_at", "closed_at" FROM "temporary_round"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_round"`);
      await queryRunner.query(`CREATE INDEX "IDX_d440d0674a3dd3f63a21141bfb" ON "round" ("county_code") `);
      await queryRunner.query(
        `ALTER TABLE "municipality_population" RENAME TO "temporary_municipality_population"`,
      );
      await queryRunner.query(
        `CREATE TABLE "municipality_population" ("municipality_code" varchar(4) NOT NULL, "year" integer NOT NULL, "population" integer NOT NULL, PRIMARY KEY ("municipality_code", "year"))`,
      );
      await queryRunner.query(
        `INSERT INTO "municipality_population"("municipality_code", "year", "population") SELECT "municipality_code", "year", "population" FROM "temporary_municipality_population"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_municipality_population"`);
      await queryRunner.query(`ALTER TABLE "municipality_group" RENAME TO "temporary_municipality_group"`);
      await queryRunner.query(
        `CREATE TABLE "municipality_group" ("municipality_code" varchar(4) NOT NULL, "classification_year" integer NOT NULL, "group_code" varchar(2) NOT NULL, "group_name" varchar(100) NOT NULL, "main_group" varchar(1) NOT NULL, "main_group_name" varchar(100) NOT NULL, PRIMARY KEY ("municipality_code", "classification_year"))`,
      );
      await queryRunner.query(
        `INSERT INTO "municipality_group"("municipality_code", "classification_year", "group_code", "group_name", "main_group", "main_group_name") SELECT "municipality_code", "classification_year", "group_code", "group_name", "main_group", "main_group_name" FROM "temporary_municipality_group"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_municipality_group"`);
      await queryRunner.query(`DROP INDEX "IDX_6dd175b99600ef7323c414fbed"`);
      await queryRunner.query(`ALTER TABLE "municipality" RENAME TO "temporary_municipality"`);
      await queryRunner.query(
        `CREATE TABLE "municipality" ("code" varchar(4) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, "county_code" varchar(2) NOT NULL)`,
      );
      await queryRunner.query(
        `INSERT INTO "municipality"("code", "name", "county_code") SELECT "code", "name", "county_code" FROM "temporary_municipality"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_municipality"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_6dd175b99600ef7323c414fbed" ON "municipality" ("county_code") `,
      );
      await queryRunner.query(`DROP INDEX "IDX_ac43875027a39e43b94a03f866"`);
      await queryRunner.query(`DROP INDEX "IDX_3fa909d0e37c531ebc23770339"`);
      await queryRunner.query(`DROP TABLE "app_user"`);
      await queryRunner.query(`DROP INDEX "IDX_423ac5803243a8628dcc987212"`);
      await queryRunner.query(`DROP INDEX "IDX_7eb6e6e03b6280480fc35e70e8"`);
      await queryRunner.query(`DROP TABLE "audit_event"`);
      await queryRunner.query(`DROP TABLE "assessment_submission"`);
      await queryRunner.query(`DROP INDEX "IDX_af526786a42dd7ecd0f5770a6f"`);
      await queryRunner.query(`DROP TABLE "assessment_event"`);
      await queryRunner.query(`DROP INDEX "IDX_3cc4dc98d56d5584d65dc78752"`);
      await queryRunner.query(`DROP TABLE "assessment"`);
      await queryRunner.query(`DROP INDEX "IDX_d440d0674a3dd3f63a21141bfb"`);
      await queryRunner.query(`DROP TABLE "round"`);
      await queryRunner.query(`DROP TABLE "municipality_population"`);
      await queryRunner.query(`DROP TABLE "municipality_group"`);
      await queryRunner.query(`DROP INDEX "IDX_6dd175b99600ef7323c414fbed"`);
      await queryRunner.query(`DROP TABLE "municipality"`);
      await queryRunner.query(`DROP TABLE "county"`);
    }
  }
}
