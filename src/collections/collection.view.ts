import type { Collection, CollectionReport } from './collection.entity';

export interface CollectionView {
  id: string;
  title: string;
  createdBy: string;
  createdAt: string;
  /** The rounds, in county code order. */
  rounds: { roundId: string; countyCode: string; countyName: string; title: string; status: string }[];
}

export interface CollectionReportView {
  id: string;
  collectionId: string;
  format: 'pdf' | 'xlsx';
  include: 'approved' | 'submitted';
  language: 'sv' | 'en';
  fileName: string;
  byteSize: number;
  sha256: string;
  snapshotHash: string;
  createdBy: string;
  createdAt: string;
  downloadUrl: string;
}

export function collectionReportFileName(report: CollectionReport): string {
  return `lagesbild-nationell-${report.createdAt.toISOString().slice(0, 10)}-${report.id.slice(0, 8)}.${report.format}`;
}

export function toCollectionReportView(report: CollectionReport): CollectionReportView {
  return {
    id: report.id,
    collectionId: report.collectionId,
    format: report.format,
    include: report.include,
    language: report.language,
    fileName: collectionReportFileName(report),
    byteSize: report.byteSize,
    sha256: report.sha256,
    snapshotHash: report.snapshotHash,
    createdBy: report.createdBy,
    createdAt: report.createdAt.toISOString(),
    downloadUrl: `/api/collections/${report.collectionId}/reports/${report.id}/download`,
  };
}

export function toCollectionView(collection: Collection, rounds: CollectionView['rounds']): CollectionView {
  return {
    id: collection.id,
    title: collection.title,
    createdBy: collection.createdBy,
    createdAt: collection.createdAt.toISOString(),
    rounds: [...rounds].sort((a, b) => a.countyCode.localeCompare(b.countyCode)),
  };
}
