import { MigrationInterface, QueryRunner } from 'typeorm';

/** Form posts that arrived after their session ended, kept until their author signs in again. */
export class KeptPosts1796217666474 implements MigrationInterface {
  name = 'KeptPosts1796217666474';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "kept_post" ("id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "path" character varying(500) NOT NULL, "fields" text NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_3880ccbd6ee82982fed39b00260" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_3c4ab850f9dbb7e8289ddd34fd" ON "kept_post"  ("user_id") `);
    } else {
      await queryRunner.query(
        `CREATE TABLE "kept_post" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "path" varchar(500) NOT NULL, "fields" text NOT NULL, "created_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_3c4ab850f9dbb7e8289ddd34fd" ON "kept_post" ("user_id") `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP INDEX "public"."IDX_3c4ab850f9dbb7e8289ddd34fd"`);
      await queryRunner.query(`DROP TABLE "kept_post"`);
    } else {
      await queryRunner.query(`DROP INDEX "IDX_3c4ab850f9dbb7e8289ddd34fd"`);
      await queryRunner.query(`DROP TABLE "kept_post"`);
    }
  }
}
