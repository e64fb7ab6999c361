import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobLeases1796184564944 implements MigrationInterface {
  name = 'JobLeases1796184564944';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "job_lease" ("name" character varying(100) NOT NULL, "holder" character varying(36) NOT NULL, "expires_at" character varying(24) NOT NULL, CONSTRAINT "PK_4ba41bcbd31fa652feaf93252ca" PRIMARY KEY ("name"))`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "job_lease" ("name" varchar(100) PRIMARY KEY NOT NULL, "holder" varchar(36) NOT NULL, "expires_at" varchar(24) NOT NULL)`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP TABLE "job_lease"`);
    } else {
      await queryRunner.query(`DROP TABLE "job_lease"`);
    }
  }
}
