import { MigrationInterface, QueryRunner } from 'typeorm';

/** A stored report's record never changes, like the rest of the history. */
export class ReportsAppendOnly1795429769845 implements MigrationInterface {
  name = 'ReportsAppendOnly1795429769845';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`CREATE TRIGGER "report_append_only" BEFORE UPDATE OR DELETE ON "report"
        FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history()`);
      await queryRunner.query(`CREATE TRIGGER "report_no_truncate" BEFORE TRUNCATE ON "report"
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history()`);
    } else {
      for (const operation of ['UPDATE', 'DELETE']) {
        await queryRunner.query(`CREATE TRIGGER "report_no_${operation.toLowerCase()}" BEFORE ${operation} ON "report"
          BEGIN SELECT RAISE(ABORT, 'report is append-only'); END`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP TRIGGER "report_no_truncate" ON "report"`);
      await queryRunner.query(`DROP TRIGGER "report_append_only" ON "report"`);
    } else {
      await queryRunner.query(`DROP TRIGGER "report_no_delete"`);
      await queryRunner.query(`DROP TRIGGER "report_no_update"`);
    }
  }
}
