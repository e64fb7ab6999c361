import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { REPORT_CONTENT_TYPES, ReportFormat } from './report-format';

/** A file drawn when asked, as it is downloaded: its bytes, type and name. */
export interface DrawnFile {
  content: Buffer;
  contentType: string;
  fileName: string;
}

/** A name a download can carry anywhere: "Dialogforum hösten 2026" is `dialogforum-hosten-2026`. */
export function fileSlug(text: string, fallback: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback
  );
}

/**
 * Draws a file that is not kept: `draw` writes it (in a rendering thread) to a file of its own under the reports
 * folder's `folder`, which is read and removed.
 */
export async function drawnFile(
  reportsDir: string,
  folder: string,
  format: ReportFormat,
  fileName: string,
  draw: (file: string) => Promise<void>,
): Promise<DrawnFile> {
  const dir = resolve(reportsDir, folder);
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${randomUUID()}.${format}`);
  try {
    await draw(file);
    return { content: await readFile(file), contentType: REPORT_CONTENT_TYPES[format], fileName };
  } finally {
    await rm(file, { force: true });
  }
}
