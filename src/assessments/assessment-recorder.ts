import { respondentDetail } from './respondent';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../access/actor';
import type { Located } from './assessment-locator';
import type { Assessment } from './assessment.entity';
import { AssessmentRepository } from './assessment.repository';
import { FiguresRepository } from './figures/figures.repository';
import type { SectionKey } from './sections';
import type { AssessmentAction, AssessmentStatus } from './workflow';

/** Saves of one section by one author within this time of each other are one line of the history. */
const SAVE_SITTING_MS = 30 * 60_000;

/** One written step of an assessment, as the history, the audit log and the round's counts take it. */
export interface WrittenStep {
  actor: Actor;
  located: Located;
  next: Assessment;
  action: AssessmentAction;
  from: AssessmentStatus;
}

/** Writes, in the step's transaction, what follows every step: the history, the audit log and the round's counts. */
@Injectable()
export class AssessmentRecorder {
  constructor(
    private readonly audit: AuditService,
    private readonly rows: AssessmentRepository,
    private readonly figures: FiguresRepository,
  ) {}

  /**
   * A change of status, a submission or a review is a line of the history; a save that only changes sections is one
   * per section and sitting. `sections` are the sections the step changed.
   */
  async record(
    manager: EntityManager,
    step: WrittenStep,
    comment: string | null = null,
    sections: readonly SectionKey[] = [],
  ): Promise<void> {
    const { actor, located, next, action, from } = step;
    // The round's counts follow every change of status of an assessment that has figures.
    if (from !== next.status && next.submittedAt !== null)
      await this.figures.recount(manager, located.round.id, located.round.countyCode);
    const event = {
      assessmentId: next.id,
      action,
      fromStatus: from,
      toStatus: next.status,
      documentVersion: next.version,
      actorId: actor.id,
      comment,
      at: next.updatedAt,
    };
    if (from !== next.status || action !== 'save')
      await this.rows.addEvent(manager, { ...event, section: sections.length === 1 ? sections[0] : null });
    else
      for (const section of sections)
        await this.rows.addSectionSave(manager, { ...event, section }, SAVE_SITTING_MS);
    await this.audit.record(
      {
        actorId: actor.id,
        action: `assessment.${action}`,
        subjectType: 'assessment',
        subjectId: next.id,
        countyCode: located.round.countyCode,
        detail: { ...respondentDetail(located.respondent), version: next.version, status: next.status },
      },
      manager,
    );
  }
}
