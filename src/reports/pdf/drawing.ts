import type { CountyPicture, Tally } from '../../county-picture/county-picture.model';
import type { TaxonomyList } from '../../taxonomy/taxonomy';
import type { ReportTexts, wordingFor } from '../report-texts';
import type { TaggedPdf } from './tagged-pdf';

/** What every section of a county's report draws with: the document, the picture and its words. */
export interface Drawing {
  pdf: TaggedPdf;
  picture: CountyPicture;
  texts: ReportTexts;
  w: ReturnType<typeof wordingFor>;
  /** The names of municipalities, by code, as one line. */
  names: (codes: string[]) => string;
  /** The analysts' text of a section, if they wrote one. */
  narrative: (section: string) => string | undefined;
  /** The tallies above zero as "label count, …", or "none". */
  nonZero: (list: TaxonomyList, tallies: Tally[]) => string;
}
