import { formatPoints } from '../change-words';
import { fill, formatShare } from '../report-texts';
import type { Block, Findings } from './report-document';
import { heading, paragraph, Writing } from './writing';

/** The findings the summary computes from the figures, never written by anyone. */
export function findingsOf({ picture, texts, w }: Writing): Findings {
  const words = texts.findings;
  const { response, highlights } = picture;
  const label = (area: string | null) => w.codeLabel('riskAreas', area);
  const counted = response.counted;
  const items: { label: string; text: string }[] = [
    {
      label: words.mostReported,
      text:
        highlights.mostReported
          .map((a) =>
            fill(words.areaCount, {
              area: label(a.area),
              count: a.municipalityCount,
              counted,
              share: formatShare(a.share, texts),
            }),
          )
          .join('; ') || words.noneReported,
    },
    {
      label: words.largestChanges,
      text: !picture.previousRound
        ? texts.glance.firstRound
        : highlights.largestChanges
            .slice(0, 3)
            .map((c) =>
              fill(words.change, {
                area: label(c.area),
                share: formatShare(c.share, texts),
                previous: formatShare(c.previousShare, texts),
                delta: formatPoints(c.shareDelta, texts),
              }),
            )
            .join('; ') || texts.glance.noChanges,
    },
    {
      label: fill(words.highLevels, {
        levels: (highlights.highLevels[0]?.levels ?? picture.taxonomy.levels.slice(-2).map((l) => l.code))
          .map((code) => w.codeLabel('levels', code).toLowerCase())
          .join(words.or),
      }),
      text:
        highlights.highLevels
          .map((a) =>
            fill(words.areaCount, {
              area: label(a.area),
              count: a.municipalityCount,
              counted,
              share: formatShare(a.share, texts),
            }),
          )
          .join('; ') || words.noHighLevels,
    },
    {
      label: words.newRisks,
      text:
        highlights.newRisks.length === 0
          ? texts.glance.noNewRisks
          : fill(highlights.newRisks.length === 1 ? words.newRiskOne : words.newRiskCount, {
              count: highlights.newRisks.length,
              areas: [...new Set(highlights.newRisks.map((r) => label(r.area)))].join(', '),
            }),
    },
  ];
  return { kind: 'findings', title: words.title, note: words.note, items };
}

export function summarySection(w: Writing): Block[] {
  const { texts, picture } = w;
  return [
    heading(w, 1, texts.sections.summary),
    paragraph(
      picture.narratives.summary ?? (w.scope === 'national' ? texts.national.noSummary : texts.noSummary),
      picture.narratives.summary ? undefined : 'note',
    ),
    findingsOf(w),
  ];
}
