import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** The sha256 of a file, read as a stream. */
export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/**
 * Writes a file through `render` beside its final name and renames it when complete, so that no reader ever sees a
 * half-written file; on failure neither is left behind.
 */
export async function writeComplete(
  target: string,
  render: (partial: string) => Promise<void>,
): Promise<{ sha256: string; byteSize: number }> {
  const partial = `${target}.partial`;
  await mkdir(dirname(target), { recursive: true });
  try {
    await render(partial);
    const [sha256, info] = await Promise.all([sha256Of(partial), stat(partial)]);
    await rename(partial, target);
    return { sha256, byteSize: info.size };
  } catch (error) {
    await rm(partial, { force: true });
    await rm(target, { force: true });
    throw error;
  }
}
