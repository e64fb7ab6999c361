import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each section's version, last author and completion on the assessment, and the section a history step saved. */
export class SectionSaves1796214421379 implements MigrationInterface {
  name = 'SectionSaves1796214421379';

  // SQLite adds the columns in place, so that the tables keep their append-only triggers.
  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "assessment" ADD "sections" text NOT NULL DEFAULT '{}'`);
      await queryRunner.query(`ALTER TABLE "assessment_event" ADD "section" character varying(20)`);
    } else {
      await queryRunner.query(`ALTER TABLE "assessment" ADD COLUMN "sections" text NOT NULL DEFAULT ('{}')`);
      await queryRunner.query(`ALTER TABLE "assessment_event" ADD COLUMN "section" varchar(20)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment_event" DROP COLUMN "section"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "sections"`);
  }
}
