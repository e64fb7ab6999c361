import { DomainError, ErrorCode, FieldError } from '../common/domain-error';
import type { RsaQuestions } from '../rounds/round-rules';
import type { Taxonomy } from '../taxonomy/taxonomy';
import { ABOUT_SHEET } from './workbook-layout';
import { WorkbookPackage } from './workbook-package';
import {
  DOCUMENT_SHEETS,
  readAbout,
  readDocument,
  ReadDocument,
  WorkbookAbout,
  WorkbookPlace,
} from './workbook-reader';
import { WorkbookContent, writeAssessmentWorkbook } from './workbook-writer';

/** An uploaded file to read, and the assessment it must belong to. */
export interface ParseTask {
  file: Uint8Array;
  taxonomy: Taxonomy;
  rsa: RsaQuestions;
  expected: WorkbookPlace;
}

export type ParseOutcome =
  /** Not a workbook of ours, or beyond the bounds of one: why, by sheet where known. */
  | { kind: 'refused'; errors: FieldError[] }
  /** Made for another round, municipality or version: its document was never read. */
  | { kind: 'elsewhere'; about: WorkbookAbout }
  | { kind: 'read'; about: WorkbookAbout; document: ReadDocument };

/**
 * Reads an upload in a worker thread. The file's identity and version ("Om filen") are read before the heavy sheets,
 * so that a stale or foreign file costs almost nothing.
 */
export async function parseWorkbook(task: ParseTask): Promise<ParseOutcome> {
  const file = Buffer.from(task.file.buffer, task.file.byteOffset, task.file.byteLength);
  try {
    const pack = await WorkbookPackage.open(file, [ABOUT_SHEET, ...DOCUMENT_SHEETS]);
    try {
      const about = readAbout(await pack.load([ABOUT_SHEET]));
      const { expected } = task;
      if (
        about.roundId !== expected.roundId ||
        about.respondentKey !== expected.respondentKey ||
        about.version !== expected.version
      )
        return { kind: 'elsewhere', about };
      const document = readDocument(await pack.load(DOCUMENT_SHEETS), task.taxonomy, task.rsa, about.version);
      return { kind: 'read', about, document };
    } finally {
      pack.close();
    }
  } catch (error) {
    if (error instanceof DomainError && error.code === ErrorCode.ValidationFailed)
      return { kind: 'refused', errors: error.fields };
    throw error;
  }
}

/** Writes the workbook of an assessment in a worker thread. */
export function writeWorkbook(content: WorkbookContent): Promise<Buffer> {
  return writeAssessmentWorkbook(content);
}
