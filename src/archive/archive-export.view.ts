import type { ArchiveExport, ArchiveExportStatus } from './archive-export.entity';

export interface ArchiveExportView {
  id: string;
  /** The county exported; null for the whole country. */
  countyCode: string | null;
  status: ArchiveExportStatus;
  progress: { stepsDone: number; stepsTotal: number; percent: number };
  rowsWritten: number;
  byteSize: number | null;
  sha256: string | null;
  /** Why the export failed, as a message code (`archive.failed`). */
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export function percentDone(done: number, total: number): number {
  return total === 0 ? 100 : Math.floor((100 * done) / total);
}

export function toArchiveExportView(e: ArchiveExport): ArchiveExportView {
  return {
    id: e.id,
    countyCode: e.countyCode,
    status: e.status,
    progress: {
      stepsDone: e.stepsDone,
      stepsTotal: e.stepsTotal,
      percent: percentDone(e.stepsDone, e.stepsTotal),
    },
    rowsWritten: e.rowsWritten,
    byteSize: e.byteSize,
    sha256: e.sha256,
    error: e.error,
    createdAt: e.createdAt.toISOString(),
    finishedAt: e.finishedAt?.toISOString() ?? null,
  };
}

/** `lagesbild-arkiv-14-2026-11-23.xlsx`, or `…-riket-…` for the whole country. */
export function archiveFileName(e: ArchiveExport): string {
  return `lagesbild-arkiv-${e.countyCode ?? 'riket'}-${e.createdAt.toISOString().slice(0, 10)}.xlsx`;
}
