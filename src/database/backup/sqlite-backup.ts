import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
}

/**
 * A consistent copy of a live SQLite database through SQLite's online backup API: the server may go on writing
 * meanwhile; the copy is the database as it was at one commit. The copy is checked before it is reported.
 */
export async function backupSqlite(source: string, target: string): Promise<BackupResult> {
  if (!existsSync(source)) throw new Error(`There is no database at ${source}`);
  if (existsSync(target)) throw new Error(`${target} exists already; a backup never overwrites a file`);
  mkdirSync(dirname(resolve(target)), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    const { totalPages } = await db.backup(target);
    const copy = new Database(target, { readonly: true, fileMustExist: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok')
        throw new Error(`The backup at ${target} failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    return { file: resolve(target), bytes: statSync(target).size, pages: totalPages };
  } finally {
    db.close();
  }
}
