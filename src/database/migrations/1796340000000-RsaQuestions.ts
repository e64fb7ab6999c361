import { MigrationInterface, QueryRunner } from 'typeorm';

/** What a round asks of each observed risk for the municipalities' risk and vulnerability analyses. */
export class RsaQuestions1796340000000 implements MigrationInterface {
  name = 'RsaQuestions1796340000000';

  // SQLite adds the column in place: round is referenced by other tables.
  async up(queryRunner: QueryRunner): Promise<void> {
    const add = queryRunner.connection.options.type === 'postgres' ? 'ADD' : 'ADD COLUMN';
    await queryRunner.query(`ALTER TABLE "round" ${add} "rsa_questions" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "rsa_questions"`);
  }
}
