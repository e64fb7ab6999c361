import type { CountyPicture } from '../../county-picture/county-picture.model';
import { ReportTexts, wordingFor } from '../report-texts';
import type { Block } from './report-document';

/** What every part of a county's report is written with: the picture, its words, and how deep its headings start. */
export interface Writing {
  picture: CountyPicture;
  texts: ReportTexts;
  w: ReturnType<typeof wordingFor>;
  /** 0 for a county's own report; 1 for a county's chapter in the national report. */
  depth: 0 | 1;
  /** The wording of the scope: "i länet" or "i landet". */
  scope: 'county' | 'national';
}

export function writingFor(
  picture: CountyPicture,
  texts: ReportTexts,
  depth: 0 | 1 = 0,
  scope: Writing['scope'] = 'county',
): Writing {
  return { picture, texts, w: wordingFor(picture, texts), depth, scope };
}

export const heading = (w: Writing, level: 1 | 2, text: string): Block => ({
  kind: 'heading',
  level: (level + w.depth) as 1 | 2 | 3,
  text,
});
export const paragraph = (text: string, tone?: 'lead' | 'note' | 'strong'): Block => ({
  kind: 'paragraph',
  text,
  tone,
});
export const names = (w: Writing, codes: string[]) => codes.map(w.w.nameOf).join(', ');
export const count = (n: number) => String(n);
