import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1795444364891 implements MigrationInterface {
  name = 'Reminders1795444364891';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "reminder" ("id" character varying(36) NOT NULL, "round_id" character varying(36) NOT NULL, "municipality_code" character varying(4) NOT NULL, "step" character varying(40) NOT NULL, "kind" character varying(20) NOT NULL, "status" character varying(20) NOT NULL, "recipients" text NOT NULL, "created_at" character varying(24) NOT NULL, "sent_at" character varying(24), CONSTRAINT "UQ_reminder_step" UNIQUE ("round_id", "municipality_code", "step"), CONSTRAINT "PK_9ec029d17cb8dece186b9221ede" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_0269b7dd3134ddaaac4a37c052" ON "reminder"  ("round_id") `);
      await queryRunner.query(`ALTER TABLE "round" ADD "reminder_plan" text`);
    } else {
      await queryRunner.query(
        `CREATE TABLE "reminder" ("id" varchar(36) PRIMARY KEY NOT NULL, "round_id" varchar(36) NOT NULL, "municipality_code" varchar(4) NOT NULL, "step" varchar(40) NOT NULL, "kind" varchar(20) NOT NULL, "status" varchar(20) NOT NULL, "recipients" text NOT NULL, "created_at" varchar(24) NOT NULL, "sent_at" varchar(24), CONSTRAINT "UQ_reminder_step" UNIQUE ("round_id", "municipality_code", "step"))`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_0269b7dd3134ddaaac4a37c052" ON "reminder" ("round_id") `);
      await queryRunner.query(`DROP INDEX "IDX_d440d0674a3dd3f63a21141bfb"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_round" ("id" varchar(36) PRIMARY KEY NOT NULL, "county_code" varchar(2) NOT NULL, "title" varchar(200) NOT NULL, "period_start" varchar(10) NOT NULL, "period_end" varchar(10) NOT NULL, "deadline" varchar(10) NOT NULL, "accept_late" boolean NOT NULL, "status" varchar(10) NOT NULL, "taxonomy" text, "taxonomy_override" text, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, "opened_at" varchar(24), "closed_at" varchar(24), "reminder_plan" text, CONSTRAINT "FK_d440d0674a3dd3f63a21141bfb6" FOREIGN KEY ("county_code") REFERENCES "county" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_round"("id", "county_code", "title", "period_start", "period_end", "deadline", "accept_late", "status", "taxonomy", "taxonomy_override", "created_by", "created_at", "opened_at", "closed_at") SELECT "id", "county_code", "title", "period_start", "period_end", "deadline", "accept_late", "status", "taxonomy", "taxonomy_override", "created_by", "created_at", "opened_at", "closed_at" FROM "round"`,
      );
      await queryRunner.query(`DROP TABLE "round"`);
      await queryRunner.query(`ALTER TABLE "temporary_round" RENAME TO "round"`);
      await queryRunner.query(`CREATE INDEX "IDX_d440d0674a3dd3f63a21141bfb" ON "round" ("county_code") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "reminder_plan"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_0269b7dd3134ddaaac4a37c052"`);
      await queryRunner.query(`DROP TABLE "reminder"`);
    } else {
      await queryRunner.query(`DROP INDEX "IDX_d440d0674a3dd3f63a21141bfb"`);
      await queryRunner.query(`ALTER TABLE "round" RENAME TO "temporary_round"`);
      await queryRunner.query(
        `CREATE TABLE "round" ("id" varchar(36) PRIMARY KEY NOT NULL, "county_code" varchar(2) NOT NULL, "title" varchar(200) NOT NULL, "period_start" varchar(10) NOT NULL, "period_end" varchar(10) NOT NULL, "deadline" varchar(10) NOT NULL, "accept_late" boolean NOT NULL, "status" varchar(10) NOT NULL, "taxonomy" text, "taxonomy_override" text, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, "opened_at" varchar(24), "closed_at" varchar(24), CONSTRAINT "FK_d440d0674a3dd3f63a21141bfb6" FOREIGN KEY ("county_code") REFERENCES "county" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "round"("id", "county_code", "title", "period_start", "period_end", "deadline", "accept_late", "status", "taxonomy", "taxonomy_override", "created_by", "created_at", "opened_at", "closed_at") SELECT "id", "county_code", "title", "period_start", "period_end", "deadline", "accept_late", "status", "taxonomy", "taxonomy_override", "created_by", "created_at", "opened_at", "closed_at" FROM "temporary_round"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_round"`);
      await queryRunner.query(`CREATE INDEX "IDX_d440d0674a3dd3f63a21141bfb" ON "round" ("county_code") `);
      await queryRunner.query(`DROP INDEX "IDX_0269b7dd3134ddaaac4a37c052"`);
      await queryRunner.query(`DROP TABLE "reminder"`);
    }
  }
}
