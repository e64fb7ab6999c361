import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The parts of a stored assessment document this migration reads and rewrites. */
interface Item {
  id: string;
  title?: string;
  description?: string;
  riskIds?: string[];
}
interface StoredDocument {
  observedRisks?: Item[];
  measuresTaken?: Item[];
  plannedMeasures?: Item[];
  followUps?: { plannedMeasureId: string }[];
}

/** One stored document of a municipality: a submission, or the assessment's current document (after its submissions). */
export interface HistoryDocument {
  key: string;
  roundId: string;
  document: StoredDocument;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const normal = (text: string | undefined) =>
  (text ?? '').trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');

/**
 * New ids for one municipality's documents, oldest first. The old ids were counters per document (`r1`, `risk-2`),
 * reused by unrelated items, so an old id is taken as the same item as in an earlier document only when its title or
 * description is also the same; otherwise the item gets a new identity. Measures and plans link to the new ids of their
 * own document's risks; a follow-up links to the plan it names in the municipality's latest document of an earlier
 * round. Ids that already are UUIDs are kept.
 */
export function stableIdentities(
  history: HistoryDocument[],
  fresh: () => string = randomUUID,
): Map<string, StoredDocument> {
  type Seen = { id: string; title: string; description: string };
  const seen = {
    risks: new Map<string, Seen>(),
    measures: new Map<string, Seen>(),
    plans: new Map<string, Seen>(),
  };
  const plansOfRound = new Map<string, Map<string, string>>();
  const rounds: string[] = [];
  const out = new Map<string, StoredDocument>();
  for (const entry of history) {
    if (!rounds.includes(entry.roundId)) rounds.push(entry.roundId);
    const renew = (kind: keyof typeof seen, items: Item[] | undefined) => {
      const renamed = new Map<string, string>();
      const next = (items ?? []).map((item) => {
        const title = normal(item.title);
        const description = normal(item.description);
        const earlier = seen[kind].get(item.id);
        const same =
          earlier !== undefined &&
          ((title !== '' && earlier.title === title) ||
            (description !== '' && earlier.description === description));
        const id = UUID.test(item.id) ? item.id : same ? earlier.id : fresh();
        seen[kind].set(item.id, { id, title, description });
        renamed.set(item.id, id);
        return { ...item, id };
      });
      return { next, renamed };
    };
    const risks = renew('risks', entry.document.observedRisks);
    const linked = (items: Item[]) =>
      items.map((item) => ({
        ...item,
        riskIds: (item.riskIds ?? []).flatMap((id) => {
          const to = risks.renamed.get(id);
          return to ? [to] : [];
        }),
      }));
    const measures = renew('measures', entry.document.measuresTaken);
    const plans = renew('plans', entry.document.plannedMeasures);
    const earlierRound = rounds[rounds.indexOf(entry.roundId) - 1];
    const followed = earlierRound ? plansOfRound.get(earlierRound) : undefined;
    plansOfRound.set(entry.roundId, plans.renamed);
    out.set(entry.key, {
      ...entry.document,
      observedRisks: risks.next,
      measuresTaken: linked(measures.next),
      plannedMeasures: linked(plans.next),
      followUps: (entry.document.followUps ?? []).map((f) => ({
        ...f,
        plannedMeasureId: UUID.test(f.plannedMeasureId)
          ? f.plannedMeasureId
          : (followed?.get(f.plannedMeasureId) ?? fresh()),
      })),
    });
  }
  return out;
}

interface Row {
  key: string;
  table: 'assessment' | 'assessment_submission';
  id: string;
  municipality: string;
  roundId: string;
  periodStart: string;
  /** Submissions by number, then the assessment's current document. */
  order: number;
  document: string;
}

/**
 * Gives every observed risk, measure and plan of every stored document, submissions included, a UUID that no other
 * item has, and rewrites the links to them. The submissions are history and otherwise never change: their guard is
 * lifted for this rewrite only, inside the migration's transaction, and the rewrite is written to the audit log.
 */
export class StableItemIds1796204868643 implements MigrationInterface {
  name = 'StableItemIds1796204868643';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    const rows: Row[] = [
      ...(
        (await queryRunner.query(
          `SELECT a.id, a.municipality_code AS municipality, a.round_id AS round_id, r.period_start AS period_start, a.document
           FROM assessment a JOIN round r ON r.id = a.round_id`,
        )) as Record<string, string>[]
      ).map((r) => ({
        key: `a:${r.id}`,
        table: 'assessment' as const,
        id: r.id!,
        municipality: r.municipality!,
        roundId: r.round_id!,
        periodStart: r.period_start!,
        order: Number.MAX_SAFE_INTEGER,
        document: r.document!,
      })),
      ...(
        (await queryRunner.query(
          `SELECT s.id, a.municipality_code AS municipality, a.round_id AS round_id, r.period_start AS period_start,
             s.number, s.document
           FROM assessment_submission s JOIN assessment a ON a.id = s.assessment_id JOIN round r ON r.id = a.round_id`,
        )) as Record<string, string>[]
      ).map((r) => ({
        key: `s:${r.id}`,
        table: 'assessment_submission' as const,
        id: r.id!,
        municipality: r.municipality!,
        roundId: r.round_id!,
        periodStart: r.period_start!,
        order: Number(r.number),
        document: r.document!,
      })),
    ];
    if (rows.length === 0) return;
    rows.sort(
      (x, y) =>
        x.municipality.localeCompare(y.municipality) ||
        x.periodStart.localeCompare(y.periodStart) ||
        x.roundId.localeCompare(y.roundId) ||
        x.order - y.order,
    );
    const byMunicipality = new Map<string, Row[]>();
    for (const row of rows) {
      const history = byMunicipality.get(row.municipality) ?? [];
      history.push(row);
      byMunicipality.set(row.municipality, history);
    }

    await this.guard(queryRunner, postgres, 'lift');
    let rewritten = 0;
    for (const history of byMunicipality.values()) {
      const renewed = stableIdentities(
        history.map((row) => ({
          key: row.key,
          roundId: row.roundId,
          document: JSON.parse(row.document) as StoredDocument,
        })),
      );
      for (const row of history) {
        const document = JSON.stringify(renewed.get(row.key));
        if (document === row.document) continue;
        await queryRunner.query(
          `UPDATE "${row.table}" SET document = ${postgres ? '$1' : '?'} WHERE id = ${postgres ? '$2' : '?'}`,
          [document, row.id],
        );
        rewritten += 1;
      }
    }
    await this.guard(queryRunner, postgres, 'restore');
    await queryRunner.query(
      `INSERT INTO audit_event (at, actor_id, action, subject_type, detail) VALUES (${
        postgres ? '$1, NULL, $2, $3, $4' : '?, NULL, ?, ?, ?'
      })`,
      [new Date().toISOString(), 'migration.item_ids', 'database', JSON.stringify({ documents: rewritten })],
    );
  }

  /** New ids cannot be turned back into the old counters; going down leaves them. */
  async down(): Promise<void> {}

  private async guard(queryRunner: QueryRunner, postgres: boolean, step: 'lift' | 'restore'): Promise<void> {
    if (postgres) {
      await queryRunner.query(
        `ALTER TABLE "assessment_submission" ${step === 'lift' ? 'DISABLE' : 'ENABLE'} TRIGGER "assessment_submission_append_only"`,
      );
    } else if (step === 'lift') {
      await queryRunner.query(`DROP TRIGGER "assessment_submission_no_update"`);
    } else {
      await queryRunner.query(`CREATE TRIGGER "assessment_submission_no_update" BEFORE UPDATE ON "assessment_submission"
            BEGIN SELECT RAISE(ABORT, 'assessment_submission is append-only'); END`);
    }
  }
}
