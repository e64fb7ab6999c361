import { MigrationInterface, QueryRunner } from 'typeorm';

/** A county's organisations that its rounds may ask besides the municipalities, and the ones each round asks. */
export class Organisations1796350000000 implements MigrationInterface {
  name = 'Organisations1796350000000';

  // SQLite adds the round's column in place: round is referenced by other tables.
  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "organisation" ("id" character varying(36) NOT NULL, "county_code" character varying(2) NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `ALTER TABLE "organisation" ADD CONSTRAINT "FK_9823951bc74e8c0992fae081d1f" FOREIGN KEY ("county_code") REFERENCES "county"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
      await queryRunner.query(`ALTER TABLE "round" ADD "organisation_ids" text`);
    } else {
      await queryRunner.query(
        `CREATE TABLE "organisation" ("id" varchar(36) PRIMARY KEY NOT NULL, "county_code" varchar(2) NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_9823951bc74e8c0992fae081d1f" FOREIGN KEY ("county_code") REFERENCES "county" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(`ALTER TABLE "round" ADD COLUMN "organisation_ids" text`);
    }
    await queryRunner.query(
      `CREATE INDEX "IDX_9823951bc74e8c0992fae081d1" ON "organisation" ("county_code") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "organisation_ids"`);
    await queryRunner.query(`DROP INDEX "IDX_9823951bc74e8c0992fae081d1"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
  }
}
