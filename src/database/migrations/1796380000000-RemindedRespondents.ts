import { MigrationInterface, QueryRunner } from 'typeorm';

/** A reminder goes to a respondent: a municipality by its code, or an organisation the round asks by its id. */
export class RemindedRespondents1796380000000 implements MigrationInterface {
  name = 'RemindedRespondents1796380000000';

  // SQLite rebuilds the table, which nothing refers to, keeping its rows.
  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "reminder" RENAME COLUMN "municipality_code" TO "respondent_key"`);
      await queryRunner.query(
        `ALTER TABLE "reminder" ALTER COLUMN "respondent_key" TYPE character varying(36)`,
      );
    } else {
      await queryRunner.query(`DROP INDEX "IDX_0269b7dd3134ddaaac4a37c052"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_reminder" ("id" varchar(36) PRIMARY KEY NOT NULL, "round_id" varchar(36) NOT NULL, "respondent_key" varchar(36) NOT NULL, "step" varchar(40) NOT NULL, "kind" varchar(20) NOT NULL, "status" varchar(20) NOT NULL, "recipients" text NOT NULL, "created_at" varchar(24) NOT NULL, "sent_at" varchar(24), CONSTRAINT "UQ_reminder_step" UNIQUE ("round_id", "respondent_key", "step"))`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_reminder"("id", "round_id", "respondent_key", "step", "kind", "status", "recipients", "created_at", "sent_at") SELECT "id", "round_id", "municipality_code", "step", "kind", "status", "recipients", "created_at", "sent_at" FROM "reminder"`,
      );
      await queryRunner.query(`DROP TABLE "reminder"`);
      await queryRunner.query(`ALTER TABLE "temporary_reminder" RENAME TO "reminder"`);
      await queryRunner.query(`CREATE INDEX "IDX_0269b7dd3134ddaaac4a37c052" ON "reminder" ("round_id") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DELETE FROM "reminder" WHERE length("respondent_key") > 4`);
      await queryRunner.query(
        `ALTER TABLE "reminder" ALTER COLUMN "respondent_key" TYPE character varying(4)`,
      );
      await queryRunner.query(`ALTER TABLE "reminder" RENAME COLUMN "respondent_key" TO "municipality_code"`);
    } else {
      await queryRunner.query(`DROP INDEX "IDX_0269b7dd3134ddaaac4a37c052"`);
      await queryRunner.query(`ALTER TABLE "reminder" RENAME TO "temporary_reminder"`);
      await queryRunner.query(
        `CREATE TABLE "reminder" ("id" varchar(36) PRIMARY KEY NOT NULL, "round_id" varchar(36) NOT NULL, "municipality_code" varchar(4) NOT NULL, "step" varchar(40) NOT NULL, "kind" varchar(20) NOT NULL, "status" varchar(20) NOT NULL, "recipients" text NOT NULL, "created_at" varchar(24) NOT NULL, "sent_at" varchar(24), CONSTRAINT "UQ_reminder_step" UNIQUE ("round_id", "municipality_code", "step"))`,
      );
      await queryRunner.query(
        `INSERT INTO "reminder"("id", "round_id", "municipality_code", "step", "kind", "status", "recipients", "created_at", "sent_at") SELECT "id", "round_id", "respondent_key", "step", "kind", "status", "recipients", "created_at", "sent_at" FROM "temporary_reminder" WHERE length("respondent_key") <= 4`,
      );
      await queryRunner.query(`DROP TABLE "temporary_reminder"`);
      await queryRunner.query(`CREATE INDEX "IDX_0269b7dd3134ddaaac4a37c052" ON "reminder" ("round_id") `);
    }
  }
}
