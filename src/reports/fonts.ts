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

/**
 * The width of `text` in DejaVu Sans at the size a CSS font string gives ("9px DejaVu Sans"): how the charts measure
 * their labels, so that they break and space them for the font they are drawn in.
 */
export function measureText(text: string, font = ''): { width: number } {
  body ??= openSync(FONTS.body);
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  return { width: (body.layout(text).advanceWidth / body.unitsPerEm) * size };
}
