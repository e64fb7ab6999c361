import { MigrationInterface, QueryRunner } from 'typeorm';

/** An organisation's reporters, and the invitations that make them. */
export class OrganisationReporters1796360000000 implements MigrationInterface {
  name = 'OrganisationReporters1796360000000';

  // SQLite adds the columns in place: app_user is referenced by other tables.
  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const add = postgres ? 'ADD' : 'ADD COLUMN';
    const id = postgres ? 'character varying(36)' : 'varchar(36)';
    await queryRunner.query(`ALTER TABLE "app_user" ${add} "organisation_id" ${id}`);
    await queryRunner.query(`ALTER TABLE "invitation" ${add} "organisation_id" ${id}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "organisation_id"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "organisation_id"`);
  }
}
