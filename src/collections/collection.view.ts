import { StoredReportView, toStoredReportView } from '../reports/stored-report';
import type { Collection, CollectionReport } from './collection.entity';

export interface CollectionView {
  id: string;
  title: string;
  createdBy: string;
  createdAt: string;
  /** The rounds, in county code order. */
  rounds: { roundId: string; countyCode: string; countyName: string; title: string; status: string }[];
}

export interface CollectionReportView extends StoredReportView {
  collectionId: string;
}

/** The name of a national export made before names were kept. */
export function earlierCollectionReportFileName(report: CollectionReport): string {
  return `lagesbild-nationell-${report.createdAt.toISOString().slice(0, 10)}-${report.id.slice(0, 8)}.${report.format}`;
}

export function toCollectionReportView(report: CollectionReport): CollectionReportView {
  const downloadUrl = `/api/collections/${report.collectionId}/reports/${report.id}/download`;
  return {
    ...toStoredReportView(report, earlierCollectionReportFileName(report), downloadUrl),
    collectionId: report.collectionId,
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
