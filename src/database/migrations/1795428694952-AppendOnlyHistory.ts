import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log, workflow events and submitted versions can be added to, never changed or removed. */
const TABLES = ['audit_event', 'assessment_event', 'assessment_submission'];

export class AppendOnlyHistory1795428694952 implements MigrationInterface {
  name = 'AppendOnlyHistory1795428694952';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`CREATE FUNCTION refuse_change_of_history() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
      for (const table of TABLES) {
        await queryRunner.query(`CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}"
          FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history()`);
        await queryRunner.query(`CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}"
          FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history()`);
      }
    } else {
      for (const table of TABLES) {
        for (const operation of ['UPDATE', 'DELETE']) {
          await queryRunner.query(`CREATE TRIGGER "${table}_no_${operation.toLowerCase()}" BEFORE ${operation} ON "${table}"
            BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`);
        }
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      for (const table of TABLES) {
        await queryRunner.query(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
        await queryRunner.query(`DROP TRIGGER "${table}_append_only" ON "${table}"`);
      }
      await queryRunner.query(`DROP FUNCTION refuse_change_of_history()`);
    } else {
      for (const table of TABLES) {
        await queryRunner.query(`DROP TRIGGER "${table}_no_delete"`);
        await queryRunner.query(`DROP TRIGGER "${table}_no_update"`);
      }
    }
  }
}
