import { MigrationInterface, QueryRunner } from 'typeorm';

/** The admins' texts of a national report, per collection and section. */
export class CollectionNarratives1796310000000 implements MigrationInterface {
  name = 'CollectionNarratives1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "collection_narrative" ("collection_id" character varying(36) NOT NULL, "section" character varying(60) NOT NULL, "text" text NOT NULL, "updated_by" character varying(36) NOT NULL, "updated_at" character varying(24) NOT NULL, CONSTRAINT "PK_6c181acea1e5181d5f8cfe8e23a" PRIMARY KEY ("collection_id", "section"))`,
      );
      await queryRunner.query(
        `ALTER TABLE "collection_narrative" ADD CONSTRAINT "FK_214edf20cef42f6a9e7310fb535" FOREIGN KEY ("collection_id") REFERENCES "collection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "collection_narrative" ("collection_id" varchar(36) NOT NULL, "section" varchar(60) NOT NULL, "text" text NOT NULL, "updated_by" varchar(36) NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "FK_214edf20cef42f6a9e7310fb535" FOREIGN KEY ("collection_id") REFERENCES "collection" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("collection_id", "section"))`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `ALTER TABLE "collection_narrative" DROP CONSTRAINT "FK_214edf20cef42f6a9e7310fb535"`,
      );
      await queryRunner.query(`DROP TABLE "collection_narrative"`);
    } else {
      await queryRunner.query(`DROP TABLE "collection_narrative"`);
    }
  }
}
