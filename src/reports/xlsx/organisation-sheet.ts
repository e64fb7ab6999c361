import type { SheetSpec, Sheets, Value } from './sheet-spec';

/**
 * The other respondents as data: a row for each counted organisation's risk, and one for each organisation without
 * any, so that every organisation asked is there with its status.
 */
export function organisationsSheet({ picture, texts, w, scope }: Sheets): SheetSpec | null {
  const { organisations } = picture;
  if (organisations.expected === 0) return null;
  const c = texts.organisations.column;
  const label = (key: string) => texts.labels[key] ?? key;
  // The national workbook has every county's organisations: each row says whose.
  const national = scope === 'national';
  const rows: Value[][] = organisations.rows.flatMap((o) => {
    const about: Value[] = [
      ...(national ? [o.countyCode] : []),
      o.name,
      texts.organisations.kinds[o.kind],
      texts.statuses[o.status],
      o.counted ? label('yes') : label('no'),
      o.source?.submission ?? null,
    ];
    if (!o.counted || o.risks.length === 0) return [[...about, null, null, null, null]];
    return o.risks.map((r) => [
      ...about,
      w.codeLabel('riskAreas', r.area),
      r.title,
      w.codeLabel('levels', r.level),
      w.codeLabel('trends', r.trend),
    ]);
  });
  return {
    name: texts.sheets.organisations,
    columns: [
      ...(national ? [{ header: label('countyCode'), width: 8 }] : []),
      { header: c.organisation, width: 36 },
      { header: c.kind, width: 26 },
      { header: c.status, width: 14 },
      { header: c.counted, width: 12 },
      { header: label('submission'), width: 12 },
      { header: label('riskArea'), width: 36 },
      { header: label('riskTitle'), width: 40 },
      { header: label('level'), width: 14 },
      { header: label('trend'), width: 14 },
    ],
    rows,
  };
}
