import { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitations to accounts not yet made, and password-reset links: tokens stored as hashes, single use, expiring. */
export class Invitations1796226211669 implements MigrationInterface {
  name = 'Invitations1796226211669';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "invitation" ("id" character varying(36) NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "role" character varying(12) NOT NULL, "county_code" character varying(2), "municipality_code" character varying(4), "invited_by" character varying(36), "token_hash" character varying(64) NOT NULL, "created_at" character varying(24) NOT NULL, "sent_at" character varying(24) NOT NULL, "expires_at" character varying(24) NOT NULL, "accepted_at" character varying(24), "user_id" character varying(36), "withdrawn_at" character varying(24), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_bcb0a0d2333443083582a05cdd" ON "invitation"  ("email") `);
      await queryRunner.query(
        `CREATE INDEX "IDX_f332941bd5625814602e8369f5" ON "invitation"  ("county_code") `,
      );
      await queryRunner.query(
        `CREATE UNIQUE INDEX "IDX_b827d3749ffbb3b5ab5099afd6" ON "invitation"  ("token_hash") `,
      );
      await queryRunner.query(
        `CREATE TABLE "password_reset" ("token_hash" character varying(64) NOT NULL, "user_id" character varying(36) NOT NULL, "created_at" character varying(24) NOT NULL, "expires_at" character varying(24) NOT NULL, "used_at" character varying(24), CONSTRAINT "PK_0309de62e0cb0960ebb2cb65c95" PRIMARY KEY ("token_hash"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_ad88301fdc79593dd222268a8b" ON "password_reset"  ("user_id") `,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_431446f7c168395c2e74a979d7" ON "password_reset"  ("expires_at") `,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "invitation" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "role" varchar(12) NOT NULL, "county_code" varchar(2), "municipality_code" varchar(4), "invited_by" varchar(36), "token_hash" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "sent_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "accepted_at" varchar(24), "user_id" varchar(36), "withdrawn_at" varchar(24))`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_bcb0a0d2333443083582a05cdd" ON "invitation" ("email") `);
      await queryRunner.query(
        `CREATE INDEX "IDX_f332941bd5625814602e8369f5" ON "invitation" ("county_code") `,
      );
      await queryRunner.query(
        `CREATE UNIQUE INDEX "IDX_b827d3749ffbb3b5ab5099afd6" ON "invitation" ("token_hash") `,
      );
      await queryRunner.query(
        `CREATE TABLE "password_reset" ("token_hash" varchar(64) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, "expires_at" varchar(24) NOT NULL, "used_at" varchar(24))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_ad88301fdc79593dd222268a8b" ON "password_reset" ("user_id") `,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_431446f7c168395c2e74a979d7" ON "password_reset" ("expires_at") `,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP INDEX "public"."IDX_431446f7c168395c2e74a979d7"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_ad88301fdc79593dd222268a8b"`);
      await queryRunner.query(`DROP TABLE "password_reset"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_b827d3749ffbb3b5ab5099afd6"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_f332941bd5625814602e8369f5"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_bcb0a0d2333443083582a05cdd"`);
      await queryRunner.query(`DROP TABLE "invitation"`);
    } else {
      await queryRunner.query(`DROP INDEX "IDX_431446f7c168395c2e74a979d7"`);
      await queryRunner.query(`DROP INDEX "IDX_ad88301fdc79593dd222268a8b"`);
      await queryRunner.query(`DROP TABLE "password_reset"`);
      await queryRunner.query(`DROP INDEX "IDX_b827d3749ffbb3b5ab5099afd6"`);
      await queryRunner.query(`DROP INDEX "IDX_f332941bd5625814602e8369f5"`);
      await queryRunner.query(`DROP INDEX "IDX_bcb0a0d2333443083582a05cdd"`);
      await queryRunner.query(`DROP TABLE "invitation"`);
    }
  }
}
