import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts can be deactivated, a token version on the user ends its tokens and sessions at once, and failed sign-ins
 * are counted per e-mail and source address.
 */
export class AccountLifecycle1796225549713 implements MigrationInterface {
  name = 'AccountLifecycle1796225549713';

  // SQLite adds the columns in place: app_user is referenced by other tables and is not rebuilt.
  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "app_user" ADD "active" boolean NOT NULL DEFAULT true`);
      await queryRunner.query(`ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT 0`);
      await queryRunner.query(`ALTER TABLE "web_session" ADD "token_version" integer NOT NULL DEFAULT 0`);
      await queryRunner.query(
        `CREATE TABLE "sign_in_throttle" ("key" character varying(64) NOT NULL, "failures" integer NOT NULL, "last_failure_at" character varying(24) NOT NULL, "blocked_until" character varying(24), CONSTRAINT "PK_f838c82d37e24773fc7984a7649" PRIMARY KEY ("key"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_cc8fcb48c46eeb529f8257327f" ON "sign_in_throttle"  ("last_failure_at") `,
      );
    } else {
      await queryRunner.query(`ALTER TABLE "app_user" ADD COLUMN "active" boolean NOT NULL DEFAULT (1)`);
      await queryRunner.query(
        `ALTER TABLE "app_user" ADD COLUMN "token_version" integer NOT NULL DEFAULT (0)`,
      );
      await queryRunner.query(
        `ALTER TABLE "web_session" ADD COLUMN "token_version" integer NOT NULL DEFAULT (0)`,
      );
      await queryRunner.query(
        `CREATE TABLE "sign_in_throttle" ("key" varchar(64) PRIMARY KEY NOT NULL, "failures" integer NOT NULL, "last_failure_at" varchar(24) NOT NULL, "blocked_until" varchar(24))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_cc8fcb48c46eeb529f8257327f" ON "sign_in_throttle" ("last_failure_at") `,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_cc8fcb48c46eeb529f8257327f"`);
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
    await queryRunner.query(`ALTER TABLE "web_session" DROP COLUMN "token_version"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "token_version"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "active"`);
  }
}
