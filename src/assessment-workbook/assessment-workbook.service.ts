import { Injectable } from '@nestjs/common';
import type { AssessmentView } from '../assessments/assessment.view';
import { AssessmentReadsService } from '../assessments/assessment-reads.service';
import { AssessmentWorkflowService } from '../assessments/assessment-workflow.service';
import { AssessmentDocumentDto } from '../assessments/dto/assessment-document.dto';
import { Clock } from '../common/clock';
import { DomainError, ErrorCode, FieldError, invalid } from '../common/domain-error';
import { validateAs } from '../common/validation';
import { RoundsService } from '../rounds/rounds.service';
import type { Actor } from '../access/actor';
import { ABOUT_SHEET, CellRef } from './workbook-layout';
import { WorkbookThreads } from './workbook-threads';
import { cellFinder } from './workbook-reader';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The field errors of a refused save, or null for any other error. */
const fieldErrorsOf = (error: unknown): FieldError[] | null =>
  error instanceof DomainError && error.code === ErrorCode.ValidationFailed ? error.fields : null;

/** A respondent's assessment as an Excel workbook to fill in, and the filled-in workbook saved as its draft. */
@Injectable()
export class AssessmentWorkbookService {
  constructor(
    private readonly reads: AssessmentReadsService,
    private readonly workflow: AssessmentWorkflowService,
    private readonly rounds: RoundsService,
    private readonly clock: Clock,
    private readonly threads: WorkbookThreads,
  ) {}

  /** The assessment as it stands (or the proposal of a not started one), for anyone who may read it. */
  async download(
    actor: Actor,
    roundId: string,
    respondentKey: string,
  ): Promise<{ fileName: string; content: Buffer }> {
    const [round, assessment, followUpPlans] = await Promise.all([
      this.rounds.get(actor, roundId),
      this.reads.get(actor, roundId, respondentKey),
      this.reads.plannedToFollowUp(actor, roundId, respondentKey),
    ]);
    const content = await this.threads.write({
      roundId: round.id,
      roundTitle: round.title,
      deadline: round.deadline,
      respondent: assessment.respondent,
      version: assessment.version,
      taxonomy: round.taxonomy,
      rsa: round.rsa,
      document: assessment,
      followUpPlans,
      generatedAt: this.clock.now(),
    });
    return {
      fileName: `bedomning-${assessment.municipalityCode ?? `organisation-${assessment.respondent.key.slice(0, 8)}`}-v${assessment.version}.xlsx`,
      content,
    };
  }

  /**
   * Saves a filled-in workbook as the draft, by the same rules as a save through the API. Nothing is saved unless
   * the whole file is valid; every error names its sheet and cell.
   */
  async upload(
    actor: Actor,
    roundId: string,
    respondentKey: string,
    file: Buffer | undefined,
  ): Promise<AssessmentView> {
    await this.workflow.requireSavable(actor, roundId, respondentKey);
    if (!file || file.length === 0) throw invalid([{ path: 'workbook', code: 'workbook.missing' }]);
    const [round, current] = await Promise.all([
      this.rounds.get(actor, roundId),
      this.reads.get(actor, roundId, respondentKey, false),
    ]);
    const outcome = await this.threads.parse(file, round, {
      roundId: round.id,
      respondentKey,
      version: current.version,
    });
    if (outcome.kind === 'refused') throw invalid(outcome.errors);
    if (outcome.kind === 'elsewhere') {
      const { about } = outcome;
      if (about.roundId !== round.id || about.respondentKey !== respondentKey)
        throw invalid([
          {
            path: 'workbook',
            sheet: ABOUT_SHEET,
            code: 'workbook.elsewhere',
            params: { respondent: about.respondentName, round: about.roundTitle },
          },
        ]);
      throw staleFile(about.version, current.version);
    }
    const { body, errors: readErrors, cells } = outcome.document;
    const cellOf = cellFinder(cells);
    const placed = (error: FieldError): FieldError =>
      error.sheet ? error : { ...error, ...cellOf(error.path) };
    const errors = [...readErrors];
    let dto: AssessmentDocumentDto | null = null;
    try {
      dto = await validateAs(AssessmentDocumentDto, body);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (!fields) throw error;
      errors.push(...fields.map(placed));
    }
    if (errors.length > 0 || !dto) throw invalid(errors);
    return this.save(actor, roundId, respondentKey, dto, cellOf);
  }

  private async save(
    actor: Actor,
    roundId: string,
    respondentKey: string,
    dto: AssessmentDocumentDto,
    cellOf: (path: string) => CellRef,
  ): Promise<AssessmentView> {
    try {
      return await this.workflow.save(actor, roundId, respondentKey, dto);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields) throw invalid(fields.map((e) => ({ ...e, ...cellOf(e.path) })));
      if (error instanceof DomainError && error.code === ErrorCode.VersionConflict)
        throw staleFile(dto.version, Number(error.detail.currentVersion));
      throw error;
    }
  }
}

/** A file made of another version than the one stored: refused rather than overwriting what was saved since. */
function staleFile(version: number, currentVersion: number): DomainError {
  return new DomainError(
    ErrorCode.VersionConflict,
    'workbook.stale',
    [{ path: 'version', sheet: ABOUT_SHEET, code: 'workbook.version', params: { version } }],
    { currentVersion },
  );
}
