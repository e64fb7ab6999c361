import { MigrationInterface, QueryRunner } from 'typeorm';

/** A round's case number and contact for its report's cover, and the name each stored export is downloaded under. */
export class ReportDetails1796300000000 implements MigrationInterface {
  name = 'ReportDetails1796300000000';

  // SQLite adds the columns in place: round is referenced by other tables, and the reports' append-only triggers stay.
  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const add = postgres ? 'ADD' : 'ADD COLUMN';
    const varchar = (length: number) => (postgres ? `character varying(${length})` : `varchar(${length})`);
    await queryRunner.query(`ALTER TABLE "round" ${add} "case_number" ${varchar(60)}`);
    await queryRunner.query(`ALTER TABLE "round" ${add} "contact_name" ${varchar(200)}`);
    await queryRunner.query(`ALTER TABLE "round" ${add} "contact_email" ${varchar(200)}`);
    await queryRunner.query(`ALTER TABLE "round" ${add} "contact_phone" ${varchar(40)}`);
    await queryRunner.query(`ALTER TABLE "report" ${add} "file_name" ${varchar(200)}`);
    await queryRunner.query(`ALTER TABLE "collection_report" ${add} "file_name" ${varchar(200)}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "collection_report" DROP COLUMN "file_name"`);
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "file_name"`);
    for (const column of ['contact_phone', 'contact_email', 'contact_name', 'case_number']) {
      await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "${column}"`);
    }
  }
}
