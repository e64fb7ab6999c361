import type { Writable } from 'node:stream';
import type { CountyPicture } from '../../county-picture/county-picture.model';
import { countyDocument } from '../document/county-document';
import type { ReportTexts } from '../report-texts';
import { renderPdf } from './pdf-document';

/** Draws the county picture as the Government report's PDF. */
export function renderCountyPdf(
  picture: CountyPicture,
  texts: ReportTexts,
  generatedAt: Date,
  out: Writable,
): Promise<void> {
  return renderPdf(countyDocument(picture, texts, generatedAt), out);
}
