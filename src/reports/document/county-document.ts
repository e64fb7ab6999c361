import type { CountyPicture } from '../../county-picture/county-picture.model';
import { ReportTexts } from '../report-texts';
import type { Block, ReportDocument } from './report-document';
import { paragraph, writingFor, Writing } from './writing';
import { countyCover } from './cover';
import { forumsSection } from './forum-sections';
import { rsaSection } from './rsa-sections';
import { organisationsSection } from './organisation-sections';
import { summarySection } from './findings';
import { glanceSection, methodSection, trendsSection } from './overview-sections';
import { heatmapSection, riskAreasSection } from './area-sections';
import {
  appendixSection,
  forumThemesSection,
  measuresSection,
  plannedMeasuresSection,
  risksAheadSection,
} from './activity-sections';

/**
 * Every section of a county's report, in order. As a chapter of the national report, the municipalities' own
 * assessments are left to the county's report and the workbooks, which keeps the national report readable.
 */
export function countyBlocks(w: Writing): Block[] {
  return [
    ...summarySection(w),
    ...glanceSection(w),
    ...trendsSection(w),
    ...methodSection(w),
    ...riskAreasSection(w),
    ...heatmapSection(w),
    ...rsaSection(w),
    ...measuresSection(w),
    ...plannedMeasuresSection(w),
    ...risksAheadSection(w),
    ...forumThemesSection(w),
    ...forumsSection(w),
    ...organisationsSection(w),
    ...(w.depth === 0 ? appendixSection(w) : [paragraph(w.texts.national.appendixElsewhere, 'note')]),
  ];
}

/** A county's report as a document: its cover, its contents to the second level, and every section. */
export function countyDocument(
  picture: CountyPicture,
  texts: ReportTexts,
  generatedAt: Date,
): ReportDocument {
  return {
    language: texts.language,
    locale: texts.locale,
    title: `${texts.title}: ${picture.round.countyName}`,
    subject: picture.round.title,
    cover: countyCover(picture, texts, generatedAt),
    contents: { title: texts.toc, depth: 2 },
    mark: picture.include === 'submitted' ? texts.mark : null,
    pageLabel: texts.page,
    blocks: countyBlocks(writingFor(picture, texts)),
  };
}
