import { MigrationInterface, QueryRunner } from 'typeorm';

/** A forum's participants, live polls and their answers, preparatory documents, group notes and timers. */
export class ForumLive1796330000000 implements MigrationInterface {
  name = 'ForumLive1796330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "forum_participant" ("id" character varying(36) NOT NULL, "forum_id" character varying(36) NOT NULL, "user_id" character varying(36), "token_hash" character varying(64) NOT NULL, "joined_at" character varying(24) NOT NULL, CONSTRAINT "UQ_forum_participant_token" UNIQUE ("token_hash"), CONSTRAINT "PK_aa03016be6ce176a600f4d2b676" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_967ce6aefa05332ba75b2fc3a4" ON "forum_participant"  ("forum_id") `,
      );
      await queryRunner.query(
        `CREATE TABLE "forum_poll" ("id" character varying(36) NOT NULL, "forum_id" character varying(36) NOT NULL, "position" integer NOT NULL, "kind" character varying(10) NOT NULL, "question" character varying(300) NOT NULL, "options" text NOT NULL, "steps" integer NOT NULL, "max_choices" integer NOT NULL, "state" character varying(6) NOT NULL, "opened_at" character varying(24), "closed_at" character varying(24), "created_by" character varying(36) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_7cba1dfb1b8063d8179fcee5be2" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_forum_poll_forum" ON "forum_poll"  ("forum_id", "position") `,
      );
      await queryRunner.query(
        `CREATE TABLE "forum_answer" ("id" character varying(36) NOT NULL, "poll_id" character varying(36) NOT NULL, "participant_id" character varying(36) NOT NULL, "value" text NOT NULL, "hidden" boolean NOT NULL, "answered_at" character varying(24) NOT NULL, CONSTRAINT "UQ_forum_answer_participant" UNIQUE ("poll_id", "participant_id"), CONSTRAINT "PK_0066ceb7eddb5c9ec03763cd41a" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "forum_text" ("id" character varying(36) NOT NULL, "forum_id" character varying(36) NOT NULL, "kind" character varying(12) NOT NULL, "scope" character varying(40) NOT NULL, "section" character varying(40) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL, "updated_by" character varying(36) NOT NULL, "updated_at" character varying(24) NOT NULL, CONSTRAINT "UQ_forum_text_section" UNIQUE ("forum_id", "kind", "scope", "section"), CONSTRAINT "PK_adce621a50f302c645ae8d3fbad" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "forum_preparation" ("forum_id" character varying(36) NOT NULL, "municipality_code" character varying(4) NOT NULL, "prepared_by" character varying(36) NOT NULL, "prepared_at" character varying(24) NOT NULL, CONSTRAINT "PK_efb3a9a6a7097feb0284dacb25e" PRIMARY KEY ("forum_id", "municipality_code"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "forum_timer" ("forum_id" character varying(36) NOT NULL, "group_id" character varying(40) NOT NULL, "municipality_code" character varying(4) NOT NULL, "started_at" character varying(24) NOT NULL, "minutes" integer NOT NULL, "started_by" character varying(36) NOT NULL, CONSTRAINT "PK_3cded227d424c02c1767bd7a495" PRIMARY KEY ("forum_id", "group_id"))`,
      );
      await queryRunner.query(
        `ALTER TABLE "forum_participant" ADD CONSTRAINT "FK_967ce6aefa05332ba75b2fc3a42" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "forum_poll" ADD CONSTRAINT "FK_917b62c9a6cb2a2d5a3001fe905" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "forum_answer" ADD CONSTRAINT "FK_7f7a5e7037bc82e0dd86767ba9d" FOREIGN KEY ("poll_id") REFERENCES "forum_poll"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "forum_answer" ADD CONSTRAINT "FK_28c259024b97874282abb8fb103" FOREIGN KEY ("participant_id") REFERENCES "forum_participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "forum_text" ADD CONSTRAINT "FK_9ec0e6c1239b9d5cc7114f8fb43" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "forum_preparation" ADD CONSTRAINT "FK_78bdbe09a5a5fc31add5e180371" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
      await queryRunner.query(
        `ALTER TABLE "forum_timer" ADD CONSTRAINT "FK_92f2cd43a2e672448dbf2a2fc1c" FOREIGN KEY ("forum_id") REFERENCES "forum"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "forum_participant" ("id" varchar(36) PRIMARY KEY NOT NULL, "forum_id" varchar(36) NOT NULL, "user_id" varchar(36), "token_hash" varchar(64) NOT NULL, "joined_at" varchar(24) NOT NULL, CONSTRAINT "UQ_forum_participant_token" UNIQUE ("token_hash"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_967ce6aefa05332ba75b2fc3a4" ON "forum_participant" ("forum_id") `,
      );
      await queryRunner.query(
        `CREATE TABLE "forum_poll" ("id" varchar(36) PRIMARY KEY NOT NULL, "forum_id" varchar(36) NOT NULL, "position" integer NOT NULL, "kind" varchar(10) NOT NULL, "question" varchar(300) NOT NULL, "options" text NOT NULL, "steps" integer NOT NULL, "max_choices" integer NOT NULL, "state" varchar(6) NOT NULL, "opened_at" varchar(24), "closed_at" varchar(24), "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_forum_poll_forum" ON "forum_poll" ("forum_id", "position") `,
      );
      await queryRunner.query(
        `CREATE TABLE "forum_answer" ("id" varchar(36) PRIMARY KEY NOT NULL, "poll_id" varchar(36) NOT NULL, "participant_id" varchar(36) NOT NULL, "value" text NOT NULL, "hidden" boolean NOT NULL, "answered_at" varchar(24) NOT NULL, CONSTRAINT "UQ_forum_answer_participant" UNIQUE ("poll_id", "participant_id"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "forum_text" ("id" varchar(36) PRIMARY KEY NOT NULL, "forum_id" varchar(36) NOT NULL, "kind" varchar(12) NOT NULL, "scope" varchar(40) NOT NULL, "section" varchar(40) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL, "updated_by" varchar(36) NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "UQ_forum_text_section" UNIQUE ("forum_id", "kind", "scope", "section"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "forum_preparation" ("forum_id" varchar(36) NOT NULL, "municipality_code" varchar(4) NOT NULL, "prepared_by" varchar(36) NOT NULL, "prepared_at" varchar(24) NOT NULL, PRIMARY KEY ("forum_id", "municipality_code"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "forum_timer" ("forum_id" varchar(36) NOT NULL, "group_id" varchar(40) NOT NULL, "municipality_code" varchar(4) NOT NULL, "started_at" varchar(24) NOT NULL, "minutes" integer NOT NULL, "started_by" varchar(36) NOT NULL, PRIMARY KEY ("forum_id", "group_id"))`,
      );
      await queryRunner.query(`DROP INDEX "IDX_967ce6aefa05332ba75b2fc3a4"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_forum_participant" ("id" varchar(36) PRIMARY KEY NOT NULL, "forum_id" varchar(36) NOT NULL, "user_id" varchar(36), "token_hash" varchar(64) NOT NULL, "joined_at" varchar(24) NOT NULL, CONSTRAINT "UQ_forum_participant_token" UNIQUE ("token_hash"), CONSTRAINT "FK_967ce6aefa05332ba75b2fc3a42" FOREIGN KEY ("forum_id") REFERENCES "forum" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_forum_participant"("id", "forum_id", "user_id", "token_hash", "joined_at") SELECT "id", "forum_id", "user_id", "token_hash", "joined_at" FROM "forum_participant"`,
      );
      await queryRunner.query(`DROP TABLE "forum_participant"`);
      await queryRunner.query(`ALTER TABLE "temporary_forum_participant" RENAME TO "forum_participant"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_967ce6aefa05332ba75b2fc3a4" ON "forum_participant" ("forum_id") `,
      );
      await queryRunner.query(`DROP INDEX "IDX_forum_poll_forum"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_forum_poll" ("id" varchar(36) PRIMARY KEY NOT NULL, "forum_id" varchar(36) NOT NULL, "position" integer NOT NULL, "kind" varchar(10) NOT NULL, "question" varchar(300) NOT NULL, "options" text NOT NULL, "steps" integer NOT NULL, "max_choices" integer NOT NULL, "state" varchar(6) NOT NULL, "opened_at" varchar(24), "closed_at" varchar(24), "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL, CONSTRAINT "FK_917b62c9a6cb2a2d5a3001fe905" FOREIGN KEY ("forum_id") REFERENCES "forum" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_forum_poll"("id", "forum_id", "position", "kind", "question", "options", "steps", "max_choices", "state", "opened_at", "closed_at", "created_by", "created_at") SELECT "id", "forum_id", "position", "kind", "question", "options", "steps", "max_choices", "state", "opened_at", "closed_at", "created_by", "created_at" FROM "forum_poll"`,
      );
      await queryRunner.query(`DROP TABLE "forum_poll"`);
      await queryRunner.query(`ALTER TABLE "temporary_forum_poll" RENAME TO "forum_poll"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_forum_poll_forum" ON "forum_poll" ("forum_id", "position") `,
      );
      await queryRunner.query(
        `CREATE TABLE "temporary_forum_answer" ("id" varchar(36) PRIMARY KEY NOT NULL, "poll_id" varchar(36) NOT NULL, "participant_id" varchar(36) NOT NULL, "value" text NOT NULL, "hidden" boolean NOT NULL, "answered_at" varchar(24) NOT NULL, CONSTRAINT "UQ_forum_answer_participant" UNIQUE ("poll_id", "participant_id"), CONSTRAINT "FK_7f7a5e7037bc82e0dd86767ba9d" FOREIGN KEY ("poll_id") REFERENCES "forum_poll" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_28c259024b97874282abb8fb103" FOREIGN KEY ("participant_id") REFERENCES "forum_participant" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_forum_answer"("id", "poll_id", "participant_id", "value", "hidden", "answered_at") SELECT "id", "poll_id", "participant_id", "value", "hidden", "answered_at" FROM "forum_answer"`,
      );
      await queryRunner.query(`DROP TABLE "forum_answer"`);
      await queryRunner.query(`ALTER TABLE "temporary_forum_answer" RENAME TO "forum_answer"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_forum_text" ("id" varchar(36) PRIMARY KEY NOT NULL, "forum_id" varchar(36) NOT NULL, "kind" varchar(12) NOT NULL, "scope" varchar(40) NOT NULL, "section" varchar(40) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL, "updated_by" varchar(36) NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "UQ_forum_text_section" UNIQUE ("forum_id", "kind", "scope", "section"), CONSTRAINT "FK_9ec0e6c1239b9d5cc7114f8fb43" FOREIGN KEY ("forum_id") REFERENCES "forum" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_forum_text"("id", "forum_id", "kind", "scope", "section", "text", "version", "updated_by", "updated_at") SELECT "id", "forum_id", "kind", "scope", "section", "text", "version", "updated_by", "updated_at" FROM "forum_text"`,
      );
      await queryRunner.query(`DROP TABLE "forum_text"`);
      await queryRunner.query(`ALTER TABLE "temporary_forum_text" RENAME TO "forum_text"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_forum_preparation" ("forum_id" varchar(36) NOT NULL, "municipality_code" varchar(4) NOT NULL, "prepared_by" varchar(36) NOT NULL, "prepared_at" varchar(24) NOT NULL, CONSTRAINT "FK_78bdbe09a5a5fc31add5e180371" FOREIGN KEY ("forum_id") REFERENCES "forum" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("forum_id", "municipality_code"))`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_forum_preparation"("forum_id", "municipality_code", "prepared_by", "prepared_at") SELECT "forum_id", "municipality_code", "prepared_by", "prepared_at" FROM "forum_preparation"`,
      );
      await queryRunner.query(`DROP TABLE "forum_preparation"`);
      await queryRunner.query(`ALTER TABLE "temporary_forum_preparation" RENAME TO "forum_preparation"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_forum_timer" ("forum_id" varchar(36) NOT NULL, "group_id" varchar(40) NOT NULL, "municipality_code" varchar(4) NOT NULL, "started_at" varchar(24) NOT NULL, "minutes" integer NOT NULL, "started_by" varchar(36) NOT NULL, CONSTRAINT "FK_92f2cd43a2e672448dbf2a2fc1c" FOREIGN KEY ("forum_id") REFERENCES "forum" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("forum_id", "group_id"))`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_forum_timer"("forum_id", "group_id", "municipality_code", "started_at", "minutes", "started_by") SELECT "forum_id", "group_id", "municipality_code", "started_at", "minutes", "started_by" FROM "forum_timer"`,
      );
      await queryRunner.query(`DROP TABLE "forum_timer"`);
      await queryRunner.query(`ALTER TABLE "temporary_forum_timer" RENAME TO "forum_timer"`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "forum_timer" DROP CONSTRAINT "FK_92f2cd43a2e672448dbf2a2fc1c"`);
      await queryRunner.query(
        `ALTER TABLE "forum_preparation" DROP CONSTRAINT "FK_78bdbe09a5a5fc31add5e180371"`,
      );
      await queryRunner.query(`ALTER TABLE "forum_text" DROP CONSTRAINT "FK_9ec0e6c1239b9d5cc7114f8fb43"`);
      await queryRunner.query(`ALTER TABLE "forum_answer" DROP CONSTRAINT "FK_28c259024b97874282abb8fb103"`);
      await queryRunner.query(`ALTER TABLE "forum_answer" DROP CONSTRAINT "FK_7f7a5e7037bc82e0dd86767ba9d"`);
      await queryRunner.query(`ALTER TABLE "forum_poll" DROP CONSTRAINT "FK_917b62c9a6cb2a2d5a3001fe905"`);
      await queryRunner.query(
        `ALTER TABLE "forum_participant" DROP CONSTRAINT "FK_967ce6aefa05332ba75b2fc3a42"`,
      );
      await queryRunner.query(`DROP TABLE "forum_timer"`);
      await queryRunner.query(`DROP TABLE "forum_preparation"`);
      await queryRunner.query(`DROP TABLE "forum_text"`);
      await queryRunner.query(`DROP TABLE "forum_answer"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_forum_poll_forum"`);
      await queryRunner.query(`DROP TABLE "forum_poll"`);
      await queryRunner.query(`DROP INDEX "public"."IDX_967ce6aefa05332ba75b2fc3a4"`);
      await queryRunner.query(`DROP TABLE "forum_participant"`);
    } else {
      await queryRunner.query(`ALTER TABLE "forum_timer" RENAME TO "temporary_forum_timer"`);
      await queryRunner.query(
        `CREATE TABLE "forum_timer" ("forum_id" varchar(36) NOT NULL, "group_id" varchar(40) NOT NULL, "municipality_code" varchar(4) NOT NULL, "started_at" varchar(24) NOT NULL, "minutes" integer NOT NULL, "started_by" varchar(36) NOT NULL, PRIMARY KEY ("forum_id", "group_id"))`,
      );
      await queryRunner.query(
        `INSERT INTO "forum_timer"("forum_id", "group_id", "municipality_code", "started_at", "minutes", "started_by") SELECT "forum_id", "group_id", "municipality_code", "started_at", "minutes", "started_by" FROM "temporary_forum_timer"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_forum_timer"`);
      await queryRunner.query(`ALTER TABLE "forum_preparation" RENAME TO "temporary_forum_preparation"`);
      await queryRunner.query(
        `CREATE TABLE "forum_preparation" ("forum_id" varchar(36) NOT NULL, "municipality_code" varchar(4) NOT NULL, "prepared_by" varchar(36) NOT NULL, "prepared_at" varchar(24) NOT NULL, PRIMARY KEY ("forum_id", "municipality_code"))`,
      );
      await queryRunner.query(
        `INSERT INTO "forum_preparation"("forum_id", "municipality_code", "prepared_by", "prepared_at") SELECT "forum_id", "municipality_code", "prepared_by", "prepared_at" FROM "temporary_forum_preparation"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_forum_preparation"`);
      await queryRunner.query(`ALTER TABLE "forum_text" RENAME TO "temporary_forum_text"`);
      await queryRunner.query(
        `CREATE TABLE "forum_text" ("id" varchar(36) PRIMARY KEY NOT NULL, "forum_id" varchar(36) NOT NULL, "kind" varchar(12) NOT NULL, "scope" varchar(40) NOT NULL, "section" varchar(40) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL, "updated_by" varchar(36) NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "UQ_forum_text_section" UNIQUE ("forum_id", "kind", "scope", "section"))`,
      );
      await queryRunner.query(
        `INSERT INTO "forum_text"("id", "forum_id", "kind", "scope", "section", "text", "version", "updated_by", "updated_at") SELECT "id", "forum_id", "kind", "scope", "section", "text", "version", "updated_by", "updated_at" FROM "temporary_forum_text"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_forum_text"`);
      await queryRunner.query(`ALTER TABLE "forum_answer" RENAME TO "temporary_forum_answer"`);
      await queryRunner.query(
        `CREATE TABLE "forum_answer" ("id" varchar(36) PRIMARY KEY NOT NULL, "poll_id" varchar(36) NOT NULL, "participant_id" varchar(36) NOT NULL, "value" text NOT NULL, "hidden" boolean NOT NULL, "answered_at" varchar(24) NOT NULL, CONSTRAINT "UQ_forum_answer_participant" UNIQUE ("poll_id", "participant_id"))`,
      );
      await queryRunner.query(
        `INSERT INTO "forum_answer"("id", "poll_id", "participant_id", "value", "hidden", "answered_at") SELECT "id", "poll_id", "participant_id", "value", "hidden", "answered_at" FROM "temporary_forum_answer"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_forum_answer"`);
      await queryRunner.query(`DROP INDEX "IDX_forum_poll_forum"`);
      await queryRunner.query(`ALTER TABLE "forum_poll" RENAME TO "temporary_forum_poll"`);
      await queryRunner.query(
        `CREATE TABLE "forum_poll" ("id" varchar(36) PRIMARY KEY NOT NULL, "forum_id" varchar(36) NOT NULL, "position" integer NOT NULL, "kind" varchar(10) NOT NULL, "question" varchar(300) NOT NULL, "options" text NOT NULL, "steps" integer NOT NULL, "max_choices" integer NOT NULL, "state" varchar(6) NOT NULL, "opened_at" varchar(24), "closed_at" varchar(24), "created_by" varchar(36) NOT NULL, "created_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `INSERT INTO "forum_poll"("id", "forum_id", "position", "kind", "question", "options", "steps", "max_choices", "state", "opened_at", "closed_at", "created_by", "created_at") SELECT "id", "forum_id", "position", "kind", "question", "options", "steps", "max_choices", "state", "opened_at", "closed_at", "created_by", "created_at" FROM "temporary_forum_poll"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_forum_poll"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_forum_poll_forum" ON "forum_poll" ("forum_id", "position") `,
      );
      await queryRunner.query(`DROP INDEX "IDX_967ce6aefa05332ba75b2fc3a4"`);
      await queryRunner.query(`ALTER TABLE "forum_participant" RENAME TO "temporary_forum_participant"`);
      await queryRunner.query(
        `CREATE TABLE "forum_participant" ("id" varchar(36) PRIMARY KEY NOT NULL, "forum_id" varchar(36) NOT NULL, "user_id" varchar(36), "token_hash" varchar(64) NOT NULL, "joined_at" varchar(24) NOT NULL, CONSTRAINT "UQ_forum_participant_token" UNIQUE ("token_hash"))`,
      );
      await queryRunner.query(
        `INSERT INTO "forum_participant"("id", "forum_id", "user_id", "token_hash", "joined_at") SELECT "id", "forum_id", "user_id", "token_hash", "joined_at" FROM "temporary_forum_participant"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_forum_participant"`);
      await queryRunner.query(
        `CREATE INDEX "IDX_967ce6aefa05332ba75b2fc3a4" ON "forum_participant" ("forum_id") `,
      );
      await queryRunner.query(`DROP TABLE "forum_timer"`);
      await queryRunner.query(`DROP TABLE "forum_preparation"`);
      await queryRunner.query(`DROP TABLE "forum_text"`);
      await queryRunner.query(`DROP TABLE "forum_answer"`);
      await queryRunner.query(`DROP INDEX "IDX_forum_poll_forum"`);
      await queryRunner.query(`DROP TABLE "forum_poll"`);
      await queryRunner.query(`DROP INDEX "IDX_967ce6aefa05332ba75b2fc3a4"`);
      await queryRunner.query(`DROP TABLE "forum_participant"`);
    }
  }
}
