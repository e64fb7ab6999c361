import { PERCENT, type SheetSpec, type Sheets } from './sheet-spec';

/** Each risk area in each of the county's rounds: the municipalities reporting it, the share and the levels. */
export function trendsSheet({ picture, texts, w }: Sheets): SheetSpec | null {
  const { lang, tax, t, codeLabel } = w;
  const trends = picture.trends;
  if (!trends) return null;
  const round = new Map(trends.rounds.map((r) => [r.id, r]));
  return {
    name: texts.sheets.trends,
    columns: [
      { header: t('riskArea'), width: 40 },
      { header: 'Kod', width: 24 },
      { header: t('round'), width: 30 },
      { header: t('period'), width: 22 },
      { header: t('counted'), width: 14 },
      { header: t('expected'), width: 14 },
      { header: t('municipalities'), width: 12 },
      { header: t('share'), width: 10, numFmt: PERCENT },
      ...tax.levels.map((l) => ({ header: `${t('level')}: ${l.label[lang]}`, width: 12 })),
    ],
    rows: trends.riskAreas.flatMap((area) =>
      area.points.map((p) => {
        const r = round.get(p.roundId)!;
        return [
          codeLabel('riskAreas', area.area),
          area.area,
          r.title,
          `${r.periodStart} – ${r.periodEnd}`,
          r.answered,
          r.expected,
          p.municipalityCount,
          p.share,
          ...tax.levels.map((l) => p.levels[l.code] ?? 0),
        ];
      }),
    ),
  };
}
