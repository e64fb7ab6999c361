import { MigrationInterface, QueryRunner } from 'typeorm';

export class ArchiveExports1795440985573 implements MigrationInterface {
  name = 'ArchiveExports1795440985573';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "archive_export" ("id" character varying(36) NOT NULL, "county_code" character varying(2), "status" character varying(10) NOT NULL, "steps_total" integer NOT NULL, "steps_done" integer NOT NULL, "rows_written" integer NOT NULL, "file_path" character varying(200), "byte_size" integer, "sha256" character varying(64), "error" text, "requested_by" character varying(36) NOT NULL, "created_at" character varying(24) NOT NULL, "finished_at" character varying(24), CONSTRAINT "PK_efc29d52e3d0ecd743fb08be707" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_1f3e3857279000e71468528960" ON "archive_export"  ("county_code") `,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "archive_export" ("id" varchar(36) PRIMARY KEY NOT NULL, "county_code" varchar(2), "status" varchar(10) NOT NULL, "steps_total" integer NOT NULL, "steps_done" integer NOT NULL, "rows_written" integer NOT NULL, "file_path" varchar(200), "byte_size" integer, "sha256" varchar(64), "error" text, "requested_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, "finished_at" varchar(24))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_1f3e3857279000e71468528960" ON "archive_export" ("county_code") `,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP INDEX "public"."IDX_1f3e3857279000e71468528960"`);
      await queryRunner.query(`DROP TABLE "archive_export"`);
    } else {
      await queryRunner.query(`DROP INDEX "IDX_1f3e3857279000e71468528960"`);
      await queryRunner.query(`DROP TABLE "archive_export"`);
    }
  }
}
