import { areaInWords } from '../change-words';
import { fill, formatShare } from '../report-texts';
import type { Drawing } from './drawing';

/** The most rounds the report's table over time shows, the newest ones; the workbook has them all. */
const ROUNDS_SHOWN = 6;

/** What to read first: the response, the largest changes in percentage points and the risks new this round. */
export function glanceSection({ pdf, picture, texts, w }: Drawing): void {
  const { codeLabel, nameOf, t } = w;
  const words = texts.glance;
  const { response } = picture;
  pdf.openSection(1, texts.sections.glance);
  pdf.paragraph(
    fill(words.response, {
      answered: response.submitted,
      expected: response.expected,
      late: response.late,
      missing: response.missing.length,
    }),
  );
  pdf.paragraph(words.largestChanges, { bold: true });
  const changes = picture.highlights.largestChanges;
  if (!picture.previousRound) pdf.paragraph(words.firstRound);
  else if (changes.length === 0) pdf.paragraph(words.noChanges);
  for (const change of changes) {
    const area = picture.riskAreas.find((a) => a.area === change.area)!;
    const sentence = areaInWords(area, response.counted, texts);
    pdf.paragraph(
      `${codeLabel('riskAreas', change.area)}: ${sentence.line}${sentence.panel ? ` ${sentence.panel}` : ''}`,
    );
  }
  pdf.paragraph(words.newRisks, { bold: true });
  const risks = picture.highlights.newRisks;
  if (risks.length === 0) pdf.paragraph(words.noNewRisks);
  else
    pdf.table(
      [t('title'), t('municipality'), t('riskArea'), t('level')],
      risks.map((r) => [
        r.title,
        nameOf(r.municipalityCode),
        codeLabel('riskAreas', r.area),
        codeLabel('levels', r.level),
      ]),
      { widths: ['*', 80, 130, 60] },
    );
  pdf.endSection();
}

/** Each risk area's share over the county's latest rounds, with how many assessments each round counted. */
export function trendsSection({ pdf, picture, texts, w }: Drawing): void {
  const { codeLabel, t } = w;
  const trends = picture.trends;
  if (!trends) return;
  pdf.openSection(1, texts.sections.trends);
  pdf.paragraph(texts.glance.trendIntro);
  const rounds = trends.rounds.slice(-ROUNDS_SHOWN);
  if (trends.rounds.length < 2) pdf.paragraph(texts.glance.firstRound);
  pdf.table(
    [t('riskArea'), ...rounds.map((r) => r.title)],
    [
      [t('counted'), ...rounds.map((r) => `${r.answered} / ${r.expected}`)],
      ...trends.riskAreas.map((area) => [
        codeLabel('riskAreas', area.area),
        ...rounds.map((r) => {
          const point = area.points.find((p) => p.roundId === r.id);
          return point ? formatShare(point.share, texts) : t('none');
        }),
      ]),
    ],
    { widths: ['*', ...rounds.map(() => 58)], fontSize: 8 },
  );
  pdf.endSection();
}
