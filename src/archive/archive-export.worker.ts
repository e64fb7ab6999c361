import { createWriteStream } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { DataSource } from 'typeorm';
import { dataSourceOptions, parseDatabaseUrl } from '../database/data-source-options';
import { ARCHIVE_ENTITIES, archiveAssessments } from './archive-reads';
import { writeArchiveWorkbook } from './archive-workbook';

export interface ArchiveTask {
  databaseUrl: string | undefined;
  countyCode: string | null;
  /** The file to write, and the folder where the later sheets' rows wait. */
  partial: string;
  scratch: string;
  /** Where the thread says how many rows it has written, after each batch. */
  progress: MessagePort;
}

/**
 * Writes an archive export in a thread of its own, reading through a connection of its own: the reading and
 * parsing of every document, and the garbage it leaves, are in the thread's small heap, not the service's.
 */
export async function writeArchiveTask(task: ArchiveTask): Promise<{ rows: number }> {
  const target = parseDatabaseUrl(task.databaseUrl);
  if (target.kind === 'sqlite' && target.file === ':memory:')
    throw new Error('an archive export reads the database through a connection of its own: not in memory');
  const options = dataSourceOptions(task.databaseUrl, ARCHIVE_ENTITIES);
  const dataSource = new DataSource(
    options.type === 'postgres' ? { ...options, extra: { max: 1 } } : options,
  );
  await dataSource.initialize();
  try {
    return await writeArchiveWorkbook(
      createWriteStream(task.partial),
      () => archiveAssessments(dataSource, task.countyCode),
      (rowsWritten) => task.progress.postMessage(rowsWritten),
      task.scratch,
    );
  } finally {
    task.progress.close();
    await dataSource.destroy();
  }
}
