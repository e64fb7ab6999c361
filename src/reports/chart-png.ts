import { Resvg } from '@resvg/resvg-js';
import { FONTS } from './fonts';

/** A chart as a PNG at twice its size, drawn from its SVG in the report's font: how Word and Excel files hold it. */
export function chartPng(figure: { svg: string }): Buffer {
  const svg = new Resvg(figure.svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles: [FONTS.body, FONTS.bold], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return svg.render().asPng();
}

/** Images are sized in pixels at 96 to the inch; the report's figures in points. */
export const pixels = (points: number) => Math.round((points * 96) / 72);
