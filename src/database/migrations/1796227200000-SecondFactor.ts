import { MigrationInterface, QueryRunner } from 'typeorm';

/** A second factor for password sign-ins: the authenticator app's secret, its last step and the recovery codes. */
export class SecondFactor1796227200000 implements MigrationInterface {
  name = 'SecondFactor1796227200000';

  // SQLite adds the columns in place: app_user is referenced by other tables and is not rebuilt.
  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const add = postgres ? 'ADD' : 'ADD COLUMN';
    const varchar = postgres ? 'character varying(64)' : 'varchar(64)';
    await queryRunner.query(`ALTER TABLE "app_user" ${add} "totp_secret" ${varchar}`);
    await queryRunner.query(`ALTER TABLE "app_user" ${add} "totp_pending" ${varchar}`);
    await queryRunner.query(`ALTER TABLE "app_user" ${add} "totp_last_step" integer`);
    await queryRunner.query(`ALTER TABLE "app_user" ${add} "totp_recovery" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['totp_recovery', 'totp_last_step', 'totp_pending', 'totp_secret']) {
      await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "${column}"`);
    }
  }
}
