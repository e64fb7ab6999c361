import { MigrationInterface, QueryRunner } from 'typeorm';

export class WebSessions1795431146639 implements MigrationInterface {
  name = 'WebSessions1795431146639';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "web_session" ("token_hash" character varying(64) NOT NULL, "user_id" character varying(36) NOT NULL, "csrf_token" character varying(64) NOT NULL, "created_at" character varying(24) NOT NULL, "last_seen_at" character varying(24) NOT NULL, "expires_at" character varying(24) NOT NULL, CONSTRAINT "PK_6b31e2dd0663686ae0534a20618" PRIMARY KEY ("token_hash"))`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_a31729df9a76c8979b283bffd6" ON "web_session"  ("user_id") `);
      await queryRunner.query(
        `CREATE INDEX "IDX_dcb9992c30940815b04537eadf" ON "web_session"  ("expires_at") `,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "web_session" ("token_hash" varchar(64) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "csrf_token" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "last_seen_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_a31729df9a76c8979b283bffd6" ON "web_session" ("user_id") `);
      await queryRunner.query(
        `CREATE INDEX "IDX_dcb9992c30940815b04537eadf" ON "web_session" ("expires_at") `,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP INDEX "public"."IDX_dcb9992c30940815b04537eadf"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_a31729df9a76c8979b283bffd6"`);
      await queryRunner.query(`DROP TABLE "web_session"`);
    } else {
      await queryRunner.query(`DROP INDEX "IDX_dcb9992c30940815b04537eadf"`);
      await queryRunner.query(`DROP INDEX "IDX_a31729df9a76c8979b283bffd6"`);
      await queryRunner.query(`DROP TABLE "web_session"`);
    }
  }
}
