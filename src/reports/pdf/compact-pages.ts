import { deflateSync } from 'node:zlib';

/** The parts of pdfkit's page and stream objects that holding a long document in little memory needs. */
interface PageInternals {
  content: StreamInternals;
  dictionary: { data: { Contents: StreamInternals | StreamInternals[] } };
}
interface StreamInternals {
  buffer: Uint8Array[];
  compress: boolean;
  data: Record<string, unknown>;
  write(chunk: string): void;
  end(): void;
}

/**
 * The buffered pages of a document held compressed. pdfkit keeps every drawing operation of a buffered page as a
 * chunk of its own, many thousands per page, until the document ends; here each page's content is compressed as
 * soon as the next page begins. A page drawn on again later (the table of contents, page numbers) gets a second
 * content stream for what is drawn then.
 */
export class CompactPages {
  private readonly reopened = new Set<number>();

  constructor(private readonly doc: PDFKit.PDFDocument) {
    let drawn: PDFKit.PDFPage | null = null;
    doc.on('pageAdded', () => {
      if (drawn) compact(drawn);
      drawn = doc.page;
    });
  }

  /** Goes back to page `index` to draw on it once more. */
  reopen(index: number): void {
    this.doc.switchToPage(index);
    const page = this.doc.page as unknown as PageInternals;
    if (page.content.compress || this.reopened.has(index)) return;
    this.reopened.add(index);
    const done = page.content;
    const more = this.doc.ref({}) as unknown as StreamInternals;
    more.write(''); // a stream even if nothing more is drawn
    page.dictionary.data.Contents = [done, more];
    page.content = more;
    done.end();
  }
}

/** Compresses a page's content now, and marks it so that pdfkit writes it as it is at the end. */
function compact(page: PDFKit.PDFPage): void {
  const { content } = page as unknown as PageInternals;
  if (!content.compress || content.buffer.length === 0) return;
  content.buffer = [deflateSync(Buffer.concat(content.buffer))];
  content.compress = false;
  content.data.Filter = 'FlateDecode';
}
