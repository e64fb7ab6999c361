import { respondentColumns } from './respondent';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { DomainError, invalid } from '../common/domain-error';
import { validateAs } from '../common/validation';
import { Transactions } from '../database/transactions';
import { rsaQuestionsOf, taxonomyOf } from '../rounds/round-rules';
import type { Actor } from '../access/actor';
import { AssessmentDocument, emptyDocument } from './assessment-document';
import { AssessmentLocator, Located } from './assessment-locator';
import { AssessmentRecorder } from './assessment-recorder';
import { savedSection } from './assessment-steps';
import type { Assessment } from './assessment.entity';
import { AssessmentRepository } from './assessment.repository';
import type { AssessmentView } from './assessment.view';
import { checkAgainstTaxonomy, normalizeDocument } from './document-rules';
import { SECTION_DTOS } from './dto/section.dto';
import { withIdentities } from './item-identities';
import {
  listOfSection,
  RemovedItem,
  SectionKey,
  sectionOf,
  withItemBack,
  withoutDanglingLinks,
  withoutItem,
  withSection,
} from './sections';
import { requireTransition, sectionConflict, versionConflict } from './workflow-errors';

/** How often a section save is tried again when other sections were saved between its read and its write. */
const SECTION_SAVE_ATTEMPTS = 8;

/** What a section save writes: the whole document with the section changed, and what it does to the section's record. */
interface SectionChange {
  document: AssessmentDocument;
  completed: boolean | undefined;
  removed?: RemovedItem | null;
}

/** Whether a change of a section saved before would change nothing: the same content and the same completion. */
function changesNothing(row: Assessment, key: SectionKey, change: SectionChange): boolean {
  const meta = row.sections[key];
  if (!meta || change.removed !== undefined) return false;
  const same =
    JSON.stringify(sectionOf(row.document, key)) === JSON.stringify(sectionOf(change.document, key));
  return same && (change.completed === undefined || change.completed === meta.completed);
}

/**
 * Saves of one section at a time, each guarded by the version of that section only: several authors of a municipality
 * work on different sections at once; a stale save of the same section answers 409 with what is stored.
 */
@Injectable()
export class SectionSavesService {
  constructor(
    private readonly clock: Clock,
    private readonly transactions: Transactions,
    private readonly locator: AssessmentLocator,
    private readonly rows: AssessmentRepository,
    private readonly recorder: AssessmentRecorder,
  ) {}

  /**
   * Saves one section, provided `body.version` is the section's version now stored. The first save of a new assessment
   * keeps the proposal in the other sections. `remove` removes the item at that index of the section's list as well,
   * kept so that `undoRemoval` can put it back.
   */
  async save(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    key: SectionKey,
    body: unknown,
    remove?: number,
  ): Promise<AssessmentView> {
    const located = await this.locator.locate(actor, roundId, municipalityCode);
    requireTransition(located, (await this.locator.find(located))?.status ?? 'not_started', 'save');
    const dto = await validateAs(SECTION_DTOS[key], body);
    const part = normalizeDocument(dto);
    const list = listOfSection(key);
    return this.write(actor, located, key, dto.version, async (base) => {
      const merged = withoutDanglingLinks(withSection(base, key, part));
      const errors = checkAgainstTaxonomy(merged, taxonomyOf(located.round), rsaQuestionsOf(located.round));
      if (errors.length > 0) throw invalid(errors);
      const document = withIdentities(merged, await this.locator.knownIds(located, base, merged));
      if (remove === undefined || !list) return { document, completed: dto.completed };
      const removal = withoutItem(document, list, remove);
      return { document: removal.document, completed: dto.completed, removed: removal.removed };
    });
  }

  /** Puts back the item the last removal in the section took out, where it was; nothing when there is none. */
  async undoRemoval(
    actor: Actor,
    roundId: string,
    municipalityCode: string,
    key: SectionKey,
    version: number,
  ): Promise<AssessmentView> {
    const located = await this.locator.locate(actor, roundId, municipalityCode);
    return this.write(actor, located, key, version, (base, row) => {
      const removed = row?.sections[key]?.removed;
      if (!removed) return null;
      return { document: withItemBack(base, removed), completed: undefined, removed: null };
    });
  }

  /**
   * Reads, checks the section's version, changes and writes; when another section was written between the read and
   * the write, reads again and writes this one on top, a few times at most.
   */
  private async write(
    actor: Actor,
    located: Located,
    key: SectionKey,
    version: number,
    change: (
      base: AssessmentDocument,
      row: Assessment | null,
    ) => Promise<SectionChange | null> | SectionChange | null,
  ): Promise<AssessmentView> {
    for (let attempt = 1; ; attempt += 1) {
      const row = await this.locator.find(located);
      const from = row?.status ?? 'not_started';
      requireTransition(located, from, 'save');
      if (row && version !== (row.sections[key]?.version ?? 0)) throw await this.conflict(located, row, key);
      if (!row && version !== 0) throw versionConflict(0);
      const base = row?.document ?? (await this.locator.proposal(located))?.document ?? emptyDocument();
      const changed = await change(base, row);
      if (!changed || (row && changesNothing(row, key, changed))) return this.locator.view(located, row);
      const next = savedSection(
        row,
        { roundId: located.round.id, ...respondentColumns(located.respondent) },
        { ...changed, key },
        { actorId: actor.id, at: this.clock.now() },
      );
      const written = await this.transactions.run(async (manager) => {
        const stored = row
          ? (await this.rows.updateIfVersion(manager, row.version, next)) === null
          : await this.rows.insertIfNew(manager, next);
        if (stored)
          await this.recorder.record(manager, { actor, located, next, action: 'save', from }, null, [key]);
        return stored;
      });
      if (written) return this.locator.view(located, next);
      if (attempt === SECTION_SAVE_ATTEMPTS) throw versionConflict(next.version - 1);
    }
  }

  /** The 409 of a stale section save, with the section as stored and who saved it. */
  private async conflict(located: Located, row: Assessment, key: SectionKey): Promise<DomainError> {
    const { sections } = await this.locator.view(located, row);
    const { version, updatedAt, updatedBy } = sections[key];
    return sectionConflict({
      section: key,
      version,
      content: sectionOf(row.document, key),
      by: { updatedAt, updatedBy },
    });
  }
}
