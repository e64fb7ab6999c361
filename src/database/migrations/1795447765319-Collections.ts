import { MigrationInterface, QueryRunner } from 'typeorm';

export class Collections1795447765319 implements MigrationInterface {
  name = 'Collections1795447765319';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "collection" ("id" character varying(36) NOT NULL, "title" character varying(200) NOT NULL, "created_by" character varying(36) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_ad3f485bbc99d875491f44d7c85" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "collection_round" ("collection_id" character varying(36) NOT NULL, "round_id" character varying(36) NOT NULL, "county_code" character varying(2) NOT NULL, CONSTRAINT "UQ_collection_round_county" UNIQUE ("collection_id", "county_code"), CONSTRAINT "PK_5e786616937a7712f07f7c4facb" PRIMARY KEY ("collection_id", "round_id"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_fa9b7457ec6c5a806f5d94324c" ON "collection_round"  ("round_id") `,
      );
      await queryRunner.query(
        `CREATE TABLE "collection_report" ("id" character varying(36) NOT NULL, "collection_id" character varying(36) NOT NULL, "format" character varying(4) NOT NULL, "include" character varying(10) NOT NULL, "language" character varying(2) NOT NULL, "file_path" character varying(200) NOT NULL, "byte_size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "snapshot_hash" character varying(64) NOT NULL, "created_by" character varying(36) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_90fda7bdedb7c0e04923b7f069c" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_a687ae6d13d63c4d0f6f3d76c0" ON "collection_report"  ("collection_id") `,
      );
      await queryRunner.query(
        `ALTER TABLE "collection_round" ADD CONSTRAINT "FK_74b4923a25b42da2d1f3028a12e" FOREIGN KEY ("collection_id") REFERENCES "collection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "collection_round" ADD CONSTRAINT "FK_fa9b7457ec6c5a806f5d94324c2" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "collection_report" ADD CONSTRAINT "FK_a687ae6d13d63c4d0f6f3d76c0f" FOREIGN KEY ("collection_id") REFERENCES "collection"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      // A stored national report's record never changes, like a county report's.
      await queryRunner.query(`CREATE TRIGGER "collection_report_append_only" BEFORE UPDATE OR DELETE ON "collection_report"
        FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history()`);
      await queryRunner.query(`CREATE TRIGGER "collection_report_no_truncate" BEFORE TRUNCATE ON "collection_report"
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history()`);
    } else {
      await queryRunner.query(
        `CREATE TABLE "collection" ("id" varchar(36) PRIMARY KEY NOT NULL, "title" varchar(200) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `CREATE TABLE "collection_round" ("collection_id" varchar(36) NOT NULL, "round_id" varchar(36) NOT NULL, "county_code" varchar(2) NOT NULL, CONSTRAINT "UQ_collection_round_county" UNIQUE ("collection_id", "county_code"), PRIMARY KEY ("collection_id", "round_id"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_fa9b7457ec6c5a806f5d94324c" ON "collection_round" ("round_id") `,
      );
      await queryRunner.query(
        `CREATE TABLE "collection_report" ("id" varchar(36) PRIMARY KEY NOT NULL, "collection_id" varchar(36) NOT NULL, "format" varchar(4) NOT NULL, "include" varchar(10) NOT NULL, "language" varchar(2) NOT NULL, "file_path" varchar(200) NOT NULL, "byte_size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "snapshot_hash" varchar(64) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_a687ae6d13d63c4d0f6f3d76c0" ON "collection_report" ("collection_id") `,
      );
      await queryRunner.query(`DROP INDEX "IDX_fa9b7457ec6c5a806f5d94324c"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_collection_round" ("collection_id" varchar(36) NOT NULL, "round_id" varchar(36) NOT NULL, "county_code" varchar(2) NOT NULL, CONSTRAINT "UQ_collection_round_county" UNIQUE ("collection_id", "county_code"), CONSTRAINT "FK_74b4923a25b42da2d1f3028a12e" FOREIGN KEY ("collection_id") REFERENCES "collection" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_fa9b7457ec6c5a806f5d94324c2" FOREIGN KEY ("round_id") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("collection_id", "round_id"))`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_collection_round"("collection_id", "round_id", "county_code") SELECT "collection_id", "round_id", "county_code" FROM "collection_round"`,
      );
      await queryRunner.query(`DROP TABLE "collection_round"`);
      await queryRunner.query(`ALTER TABLE "temporary_collection_round" RENAME TO "collection_round"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_fa9b7457ec6c5a806f5d94324c" ON "collection_round" ("round_id") `,
      );
      await queryRunner.query(`DROP INDEX "IDX_a687ae6d13d63c4d0f6f3d76c0"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_collection_report" ("id" varchar(36) PRIMARY KEY NOT NULL, "collection_id" varchar(36) NOT NULL, "format" varchar(4) NOT NULL, "include" varchar(10) NOT NULL, "language" varchar(2) NOT NULL, "file_path" varchar(200) NOT NULL, "byte_size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "snapshot_hash" varchar(64) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_a687ae6d13d63c4d0f6f3d76c0f" FOREIGN KEY ("collection_id") REFERENCES "collection" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_collection_report"("id", "collection_id", "format", "include", "language", "file_path", "byte_size", "sha256", "snapshot_hash", "created_by", "created_at") SELECT "id", "collection_id", "format", "include", "language", "file_path", "byte_size", "sha256", "snapshot_hash", "created_by", "created_at" FROM "collection_report"`,
      );
      await queryRunner.query(`DROP TABLE "collection_report"`);
      await queryRunner.query(`ALTER TABLE "temporary_collection_report" RENAME TO "collection_report"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_a687ae6d13d63c4d0f6f3d76c0" ON "collection_report" ("collection_id") `,
      );
      for (const operation of ['UPDATE', 'DELETE']) {
        await queryRunner.query(`CREATE TRIGGER "collection_report_no_${operation.toLowerCase()}" BEFORE ${operation} ON "collection_report"
          BEGIN SELECT RAISE(ABORT, 'collection_report is append-only'); END`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP TRIGGER "collection_report_no_truncate" ON "collection_report"`);
      await queryRunner.query(`DROP TRIGGER "collection_report_append_only" ON "collection_report"`);
      await queryRunner.query(
        `ALTER TABLE "collection_report" DROP CONSTRAINT "FK_a687ae6d13d63c4d0f6f3d76c0f"`,
      );
      await queryRunner.query(
        `ALTER TABLE "collection_round" DROP CONSTRAINT "FK_fa9b7457ec6c5a806f5d94324c2"`,
      );
      await queryRunner.query(
        `ALTER TABLE "collection_round" DROP CONSTRAINT "FK_74b4923a25b42da2d1f3028a12e"`,
      );
      await queryRunner.query(`DROP INDEX "public"."IDX_a687ae6d13d63c4d0f6f3d76c0"`);
      await queryRunner.query(`DROP TABLE "collection_report"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_fa9b7457ec6c5a806f5d94324c"`);
      await queryRunner.query(`DROP TABLE "collection_round"`);
      await queryRunner.query(`DROP TABLE "collection"`);
    } else {
      await queryRunner.query(`DROP TRIGGER "collection_report_no_delete"`);
      await queryRunner.query(`DROP TRIGGER "collection_report_no_update"`);
      await queryRunner.query(`DROP INDEX "IDX_a687ae6d13d63c4d0f6f3d76c0"`);
      await queryRunner.query(`ALTER TABLE "collection_report" RENAME TO "temporary_collection_report"`);
      await queryRunner.query(
        `CREATE TABLE "collection_report" ("id" varchar(36) PRIMARY KEY NOT NULL, "collection_id" varchar(36) NOT NULL, "format" varchar(4) NOT NULL, "include" varchar(10) NOT NULL, "language" varchar(2) NOT NULL, "file_path" varchar(200) NOT NULL, "byte_size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "snapshot_hash" varchar(64) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `INSERT INTO "collection_report"("id", "collection_id", "format", "include", "language", "file_path", "byte_size", "sha256", "snapshot_hash", "created_by", "created_at") SELECT "id", "collection_id", "format", "include", "language", "file_path", "byte_size", "sha256", "snapshot_hash", "created_by", "created_at" FROM "temporary_collection_report"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_collection_report"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_a687ae6d13d63c4d0f6f3d76c0" ON "collection_report" ("collection_id") `,
      );
      await queryRunner.query(`DROP INDEX "IDX_fa9b7457ec6c5a806f5d94324c"`);
      await queryRunner.query(`ALTER TABLE "collection_round" RENAME TO "temporary_collection_round"`);
      await queryRunner.query(
        `CREATE TABLE "collection_round" ("collection_id" varchar(36) NOT NULL, "round_id" varchar(36) NOT NULL, "county_code" varchar(2) NOT NULL, CONSTRAINT "UQ_collection_round_county" UNIQUE ("collection_id", "county_code"), PRIMARY KEY ("collection_id", "round_id"))`,
      );
      await queryRunner.query(
        `INSERT INTO "collection_round"("collection_id", "round_id", "county_code") SELECT "collection_id", "round_id", "county_code" FROM "temporary_collection_round"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_collection_round"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_fa9b7457ec6c5a806f5d94324c" ON "collection_round" ("round_id") `,
      );
      await queryRunner.query(`DROP INDEX "IDX_a687ae6d13d63c4d0f6f3d76c0"`);
      await queryRunner.query(`DROP TABLE "collection_report"`);
      await queryRunner.query(`DROP INDEX "IDX_fa9b7457ec6c5a806f5d94324c"`);
      await queryRunner.query(`DROP TABLE "collection_round"`);
      await queryRunner.query(`DROP TABLE "collection"`);
    }
  }
}
