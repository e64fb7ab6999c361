import type { CountyPicture } from '../../county-picture/county-picture.model';
import { fill, ReportTexts } from '../report-texts';
import { Completeness, completenessOf, isIncompleteFinal } from '../report-rules';
import type { Cover } from './report-document';

/** The basis of the figures, with how many municipalities it counts. */
export function basisLine(picture: CountyPicture, texts: ReportTexts): string {
  return fill(texts.basisWithCount[picture.include], {
    counted: picture.response.counted,
    expected: picture.response.expected,
  });
}

/** The cover's warning: a working version always; a final report whose basis was not complete when it was made. */
export function coverWarning(
  include: CountyPicture['include'],
  completeness: Completeness,
  texts: ReportTexts,
): string | null {
  if (include === 'submitted') return texts.cover.working;
  const { openRounds, awaitingReview, approved, expected } = completeness;
  if (!isIncompleteFinal(include, completeness)) return null;
  const parts = [
    ...(openRounds > 0 ? [texts.cover.roundOpen] : []),
    ...(awaitingReview > 0 ? [fill(texts.cover.awaiting, { awaiting: awaitingReview })] : []),
  ];
  return [fill(texts.cover.incomplete, { approved, expected }), ...parts].join(' ');
}

/** The county report's cover: county, round, period, basis, case number, contact and date. */
export function countyCover(picture: CountyPicture, texts: ReportTexts, generatedAt: Date): Cover {
  const { round, response } = picture;
  const f = texts.cover.facts;
  const contact = [round.contact.name, round.contact.email, round.contact.phone].filter(Boolean).join(', ');
  return {
    kicker: texts.title,
    title: round.countyName,
    facts: [
      { label: f.round, value: round.title },
      { label: f.period, value: `${round.periodStart} – ${round.periodEnd}` },
      { label: f.deadline, value: round.deadline },
      { label: f.basis, value: basisLine(picture, texts) },
      ...(round.caseNumber ? [{ label: f.caseNumber, value: round.caseNumber }] : []),
      ...(contact ? [{ label: f.contact, value: contact }] : []),
      { label: f.date, value: generatedAt.toISOString().slice(0, 10) },
    ],
    warning: coverWarning(picture.include, completenessOf(round.status, response), texts),
  };
}
