import { MigrationInterface, QueryRunner } from 'typeorm';

/** The event a round asks about, which the form names in its question. */
export class RoundEvent1796218394950 implements MigrationInterface {
  name = 'RoundEvent1796218394950';

  // SQLite adds the column in place: the round table is referenced by others and is not rebuilt.
  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "round" ADD "triggering_event" character varying(200)`);
    } else {
      await queryRunner.query(`ALTER TABLE "round" ADD COLUMN "triggering_event" varchar(200)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "triggering_event"`);
  }
}
