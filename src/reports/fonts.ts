import { openSync } from 'fontkit';

const FONT_DIR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf').replace(/DejaVuSans\.ttf$/, '');

/**
 * The report's one type family, DejaVu Sans, by file path: pdfkit keeps its loaded fonts by the name it is given, so
 * a font named once by path is parsed once. Tables use the condensed cut, so that more words fit a column whole.
 */
export const FONTS = {
  body: `${FONT_DIR}DejaVuSans.ttf`,
  bold: `${FONT_DIR}DejaVuSans-Bold.ttf`,
  table: `${FONT_DIR}DejaVuSansCondensed.ttf`,
  tableBold: `${FONT_DIR}DejaVuSansCondensed-Bold.ttf`,
} as const;

/** The one type scale, in points: body text 10, tables, notes and page furniture 9, headings 18, 13 and 11. */
export const TYPE = { body: 10, lead: 11, small: 9, h1: 18, h2: 13, h3: 11 } as const;

let body: ReturnType<typeof openSync> | null = null;
let bold: ReturnType<typeof openSync> | null = null;

/**
 * The width of `text` in DejaVu Sans at the size a CSS font string gives ("9px DejaVu Sans"): how the charts measure
 * their labels, so that they break and space them for the font they are drawn in.
 */
export function measureText(text: string, font = ''): { width: number } {
  return { width: widthOf(text, Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12)) };
}

/** The width of `text` in DejaVu Sans, regular or bold, at `size` points. */
export function widthOf(text: string, size: number, isBold = false): number {
  const font = isBold ? (bold ??= openSync(FONTS.bold)) : (body ??= openSync(FONTS.body));
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}

/**
 * How text in DejaVu Sans at `size` points measures and wraps, word by word: for laying out a table where pdfkit does
 * not set it (a Word file). DejaVu Sans is wider than the fonts Word puts in its place, so what fits here fits there.
 */
export function fontMeasure(size: number) {
  const lineHeight = size * 1.2;
  const space = widthOf(' ', size);
  return {
    lineHeight,
    width: (text: string, isBold: boolean) => widthOf(text, size, isBold),
    height: (text: string, width: number, isBold: boolean) => {
      let lines = 1;
      let line = 0;
      for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
        const w = widthOf(word, size, isBold);
        if (line > 0 && line + space + w > width) {
          lines += 1;
          line = w;
        } else line += (line > 0 ? space : 0) + w;
      }
      return lines * lineHeight;
    },
  };
}
