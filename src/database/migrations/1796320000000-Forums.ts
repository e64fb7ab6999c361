import { MigrationInterface, QueryRunner } from 'typeorm';

/** The counties' dialogue forums: agenda, groups and join code. */
export class Forums1796320000000 implements MigrationInterface {
  name = 'Forums1796320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "forum" ("id" character varying(36) NOT NULL, "county_code" character varying(2) NOT NULL, "round_id" character varying(36), "title" character varying(200) NOT NULL, "starts_at" character varying(24) NOT NULL, "agenda" text NOT NULL, "grouping" character varying(10) NOT NULL, "groups" text NOT NULL, "join_code" character varying(6) NOT NULL, "version" integer NOT NULL, "created_by" character varying(36) NOT NULL, "created_at" character varying(24) NOT NULL, "updated_at" character varying(24) NOT NULL, CONSTRAINT "UQ_forum_join_code" UNIQUE ("join_code"), CONSTRAINT "PK_ffd925a9b1fa44ab1ce26c9821c" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_eda15fd0650315498bf3b3d8b2" ON "forum"  ("county_code") `);
      await queryRunner.query(
        `ALTER TABLE "forum" ADD CONSTRAINT "FK_eda15fd0650315498bf3b3d8b2a" FOREIGN KEY ("county_code") REFERENCES "county"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "forum" ADD CONSTRAINT "FK_4fa2a640ec7551c0c7184291140" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "forum" ("id" varchar(36) PRIMARY KEY NOT NULL, "county_code" varchar(2) NOT NULL, "round_id" varchar(36), "title" varchar(200) NOT NULL, "starts_at" varchar(24) NOT NULL, "agenda" text NOT NULL, "grouping" varchar(10) NOT NULL, "groups" text NOT NULL, "join_code" varchar(6) NOT NULL, "version" integer NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "UQ_forum_join_code" UNIQUE ("join_code"))`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_eda15fd0650315498bf3b3d8b2" ON "forum" ("county_code") `);
      await queryRunner.query(`DROP INDEX "IDX_eda15fd0650315498bf3b3d8b2"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_forum" ("id" varchar(36) PRIMARY KEY NOT NULL, "county_code" varchar(2) NOT NULL, "round_id" varchar(36), "title" varchar(200) NOT NULL, "starts_at" varchar(24) NOT NULL, "agenda" text NOT NULL, "grouping" varchar(10) NOT NULL, "groups" text NOT NULL, "join_code" varchar(6) NOT NULL, "version" integer NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "UQ_forum_join_code" UNIQUE ("join_code"), CONSTRAINT "FK_eda15fd0650315498bf3b3d8b2a" FOREIGN KEY ("county_code") REFERENCES "county" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4fa2a640ec7551c0c7184291140" FOREIGN KEY ("round_id") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_forum"("id", "county_code", "round_id", "title", "starts_at", "agenda", "grouping", "groups", "join_code", "version", "created_by", "created_at", "updated_at") SELECT "id", "county_code", "round_id", "title", "starts_at", "agenda", "grouping", "groups", "join_code", "version", "created_by", "created_at", "updated_at" FROM "forum"`,
      );
      await queryRunner.query(`DROP TABLE "forum"`);
      await queryRunner.query(`ALTER TABLE "temporary_forum" RENAME TO "forum"`);
      await queryRunner.query(`CREATE INDEX "IDX_eda15fd0650315498bf3b3d8b2" ON "forum" ("county_code") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "forum" DROP CONSTRAINT "FK_4fa2a640ec7551c0c7184291140"`);
      await queryRunner.query(`ALTER TABLE "forum" DROP CONSTRAINT "FK_eda15fd0650315498bf3b3d8b2a"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_eda15fd0650315498bf3b3d8b2"`);
      await queryRunner.query(`DROP TABLE "forum"`);
    } else {
      await queryRunner.query(`DROP INDEX "IDX_eda15fd0650315498bf3b3d8b2"`);
      await queryRunner.query(`ALTER TABLE "forum" RENAME TO "temporary_forum"`);
      await queryRunner.query(
        `CREATE TABLE "forum" ("id" varchar(36) PRIMARY KEY NOT NULL, "county_code" varchar(2) NOT NULL, "round_id" varchar(36), "title" varchar(200) NOT NULL, "starts_at" varchar(24) NOT NULL, "agenda" text NOT NULL, "grouping" varchar(10) NOT NULL, "groups" text NOT NULL, "join_code" varchar(6) NOT NULL, "version" integer NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "UQ_forum_join_code" UNIQUE ("join_code"))`,
      );
      await queryRunner.query(
        `INSERT INTO "forum"("id", "county_code", "round_id", "title", "starts_at", "agenda", "grouping", "groups", "join_code", "version", "created_by", "created_at", "updated_at") SELECT "id", "county_code", "round_id", "title", "starts_at", "agenda", "grouping", "groups", "join_code", "version", "created_by", "created_at", "updated_at" FROM "temporary_forum"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_forum"`);
      await queryRunner.query(`CREATE INDEX "IDX_eda15fd0650315498bf3b3d8b2" ON "forum" ("county_code") `);
      await queryRunner.query(`DROP INDEX "IDX_eda15fd0650315498bf3b3d8b2"`);
      await queryRunner.query(`DROP TABLE "forum"`);
    }
  }
}
