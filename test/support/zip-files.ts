import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

/** One part of a hand-made zip: its bytes inflated, or already deflated with the size it really inflates to. */
export interface ZipPart {
  name: string;
  content?: Buffer;
  deflated?: { data: Buffer; size: number; crc: number };
  /** The uncompressed size written in the headers, when it should lie. */
  declaredSize?: number;
}

/**
 * A zip written byte by byte, so that a test can make what no zip library would: parts whose headers lie about their
 * size, and parts that inflate thousands of times over.
 */
export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = part.deflated?.data ?? deflateRawSync(part.content ?? Buffer.alloc(0));
    const size = part.deflated?.size ?? part.content?.length ?? 0;
    const crc = part.deflated?.crc ?? crc32(part.content ?? Buffer.alloc(0));
    const declared = part.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflated
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * `prefix`, then `count` bytes of one repeated character, then `suffix`, deflated a megabyte at a time, so that the
 * whole never sits in memory: 400 MB of spaces deflate to about 400 kB.
 */
export async function deflatedRun(
  count: number,
  byte = 0x20,
  prefix = '',
  suffix = '',
): Promise<{ data: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.once('end', resolve);
    deflate.once('error', reject);
  });
  const write = async (piece: Buffer) => {
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  const chunk = Buffer.alloc(1024 * 1024, byte);
  let crc = crc32(Buffer.from(prefix));
  await write(Buffer.from(prefix));
  for (let left = count; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    await write(piece);
  }
  crc = crc32(Buffer.from(suffix), crc);
  deflate.end(Buffer.from(suffix));
  await ended;
  return {
    data: Buffer.concat(out),
    size: Buffer.byteLength(prefix) + count + Buffer.byteLength(suffix),
    crc,
  };
}

/** The parts of a real workbook, to change some of them and put it back together by hand. */
export async function partsOf(file: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(file);
  const parts = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files))
    if (!entry.dir) parts.set(entry.name, await entry.async('nodebuffer'));
  return parts;
}

/** The part of the named sheet, found through the workbook and its relationships as the reader finds it. */
export function sheetPart(parts: Map<string, Buffer>, sheet: string): string {
  const workbook = parts.get('xl/workbook.xml')!.toString();
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString();
  const rel = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target =
    new RegExp(`<Relationship [^>]*Id="${rel}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rel}"`).exec(rels)?.[1];
  if (!target) throw new Error(`no part for sheet ${sheet}`);
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}
