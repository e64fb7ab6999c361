import { MigrationInterface, QueryRunner } from 'typeorm';

export class CountyPictureAndReports1795429769844 implements MigrationInterface {
  name = 'CountyPictureAndReports1795429769844';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "narrative" ("round_id" character varying(36) NOT NULL, "section" character varying(60) NOT NULL, "text" text NOT NULL, "updated_by" character varying(36) NOT NULL, "updated_at" character varying(24) NOT NULL, CONSTRAINT "PK_94fde5e38d3f3238ef27a994365" PRIMARY KEY ("round_id", "section"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "report" ("id" character varying(36) NOT NULL, "round_id" character varying(36) NOT NULL, "county_code" character varying(2) NOT NULL, "format" character varying(4) NOT NULL, "include" character varying(10) NOT NULL, "language" character varying(2) NOT NULL, "file_path" character varying(200) NOT NULL, "byte_size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "snapshot_hash" character varying(64) NOT NULL, "created_by" character varying(36) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_99e4d0bea58cba73c57f935a546" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_20dd39c5eae753d3eb052c9c37" ON "report"  ("round_id") `);
      await queryRunner.query(
        `ALTER TABLE "narrative" ADD CONSTRAINT "FK_9d25170c6ef117540921b07c2b6" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "report" ADD CONSTRAINT "FK_20dd39c5eae753d3eb052c9c378" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "narrative" ("round_id" varchar(36) NOT NULL, "section" varchar(60) NOT NULL, "text" text NOT NULL, "updated_by" varchar(36) NOT NULL, "updated_at" varchar(24) NOT NULL, PRIMARY KEY ("round_id", "section"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "report" ("id" varchar(36) PRIMARY KEY NOT NULL, "round_id" varchar(36) NOT NULL, "county_code" varchar(2) NOT NULL, "format" varchar(4) NOT NULL, "include" varchar(10) NOT NULL, "language" varchar(2) NOT NULL, "file_path" varchar(200) NOT NULL, "byte_size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "snapshot_hash" varchar(64) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_20dd39c5eae753d3eb052c9c37" ON "report" ("round_id") `);
      await queryRunner.query(
        `CREATE TABLE "temporary_narrative" ("round_id" varchar(36) NOT NULL, "section" varchar(60) NOT NULL, "text" text NOT NULL, "updated_by" varchar(36) NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "FK_9d25170c6ef117540921b07c2b6" FOREIGN KEY ("round_id") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("round_id", "section"))`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_narrative"("round_id", "section", "text", "updated_by", "updated_at") SELECT "round_id", "section", "text", "updated_by", "updated_at" FROM "narrative"`,
      );
      await queryRunner.query(`DROP TABLE "narrative"`);
      await queryRunner.query(`ALTER TABLE "temporary_narrative" RENAME TO "narrative"`);
      await queryRunner.query(`DROP INDEX "IDX_20dd39c5eae753d3eb052c9c37"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_report" ("id" varchar(36) PRIMARY KEY NOT NULL, "round_id" varchar(36) NOT NULL, "county_code" varchar(2) NOT NULL, "format" varchar(4) NOT NULL, "include" varchar(10) NOT NULL, "language" varchar(2) NOT NULL, "file_path" varchar(200) NOT NULL, "byte_size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "snapshot_hash" varchar(64) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_20dd39c5eae753d3eb052c9c378" FOREIGN KEY ("round_id") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_report"("id", "round_id", "county_code", "format", "include", "language", "file_path", "byte_size", "sha256", "snapshot_hash", "created_by", "created_at") SELECT "id", "round_id", "county_code", "format", "include", "language", "file_path", "byte_size", "sha256", "snapshot_hash", "created_by", "created_at" FROM "report"`,
      );
      await queryRunner.query(`DROP TABLE "report"`);
      await queryRunner.query(`ALTER TABLE "temporary_report" RENAME TO "report"`);
      await queryRunner.query(`CREATE INDEX "IDX_20dd39c5eae753d3eb052c9c37" ON "report" ("round_id") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "FK_20dd39c5eae753d3eb052c9c378"`);
      await queryRunner.query(`ALTER TABLE "narrative" DROP CONSTRAINT "FK_9d25170c6ef117540921b07c2b6"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_20dd39c5eae753d3eb052c9c37"`);
      await queryRunner.query(`DROP TABLE "report"`);
      await queryRunner.query(`DROP TABLE "narrative"`);
    } else {
      await queryRunner.query(`DROP INDEX "IDX_20dd39c5eae753d3eb052c9c37"`);
      await queryRunner.query(`ALTER TABLE "report" RENAME TO "temporary_report"`);
      await queryRunner.query(
        `CREATE TABLE "report" ("id" varchar(36) PRIMARY KEY NOT NULL, "round_id" varchar(36) NOT NULL, "county_code" varchar(2) NOT NULL, "format" varchar(4) NOT NULL, "include" varchar(10) NOT NULL, "language" varchar(2) NOT NULL, "file_path" varchar(200) NOT NULL, "byte_size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "snapshot_hash" varchar(64) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `INSERT INTO "report"("id", "round_id", "county_code", "format", "include", "language", "file_path", "byte_size", "sha256", "snapshot_hash", "created_by", "created_at") SELECT "id", "round_id", "county_code", "format", "include", "language", "file_path", "byte_size", "sha256", "snapshot_hash", "created_by", "created_at" FROM "temporary_report"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_report"`);
      await queryRunner.query(`CREATE INDEX "IDX_20dd39c5eae753d3eb052c9c37" ON "report" ("round_id") `);
      await queryRunner.query(`ALTER TABLE "narrative" RENAME TO "temporary_narrative"`);
      await queryRunner.query(
        `CREATE TABLE "narrative" ("round_id" varchar(36) NOT NULL, "section" varchar(60) NOT NULL, "text" text NOT NULL, "updated_by" varchar(36) NOT NULL, "updated_at" varchar(24) NOT NULL, PRIMARY KEY ("round_id", "section"))`,
      );
      await queryRunner.query(
        `INSERT INTO "narrative"("round_id", "section", "text", "updated_by", "updated_at") SELECT "round_id", "section", "text", "updated_by", "updated_at" FROM "temporary_narrative"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_narrative"`);
      await queryRunner.query(`DROP INDEX "IDX_20dd39c5eae753d3eb052c9c37"`);
      await queryRunner.query(`DROP TABLE "report"`);
      await queryRunner.query(`DROP TABLE "narrative"`);
    }
  }
}
