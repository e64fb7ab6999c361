import type { SheetSpec, Sheets } from './sheet-spec';

/** The raw tables: every item of the counted assessments, a row each. */
/** Every observed risk of the counted assessments. */
export function observedRisksSheet({ picture, texts, place, placeColumns, w }: Sheets): SheetSpec {
  const { t, codeLabel, codesLabel } = w;
  return {
    name: texts.sheets.observedRisks,
    columns: [
      ...placeColumns,
      { header: 'Id', width: 10 },
      { header: t('riskArea'), width: 30 },
      { header: t('title'), width: 30 },
      { header: t('description'), width: 60 },
      { header: t('level'), width: 12 },
      { header: t('trend'), width: 12 },
      { header: t('extent'), width: 16 },
      { header: t('affectedGroups'), width: 30 },
      { header: t('location'), width: 20 },
      { header: t('eventLink'), width: 14 },
      { header: t('basis'), width: 30 },
    ],
    rows: picture.items.observedRisks.map((r) => [
      ...place(r.municipalityCode),
      r.id,
      codeLabel('riskAreas', r.area),
      r.title,
      r.description,
      codeLabel('levels', r.level),
      codeLabel('trends', r.trend),
      codeLabel('extents', r.extent),
      codesLabel('affectedGroups', r.affectedGroups),
      r.location,
      codeLabel('eventLinks', r.eventLink),
      r.basis,
    ]),
  };
}

/** Every measure taken. */
export function measuresTakenSheet({ picture, texts, place, placeColumns, w }: Sheets): SheetSpec {
  const { t, codeLabel, codesLabel } = w;
  return {
    name: texts.sheets.measuresTaken,
    columns: [
      ...placeColumns,
      { header: 'Id', width: 10 },
      { header: t('description'), width: 60 },
      { header: 'Risk-id', width: 14 },
      { header: t('actors'), width: 30 },
      { header: t('perspectives'), width: 30 },
      { header: t('effect'), width: 16 },
    ],
    rows: picture.items.measuresTaken.map((m) => [
      ...place(m.municipalityCode),
      m.id,
      m.description,
      m.riskIds.join(', '),
      codesLabel('actors', m.actors),
      codesLabel('perspectives', m.perspectives),
      codeLabel('effects', m.effect),
    ]),
  };
}

/** Every planned measure. */
export function plannedMeasuresSheet({ picture, texts, place, placeColumns, w }: Sheets): SheetSpec {
  const { t } = w;
  return {
    name: texts.sheets.plannedMeasures,
    columns: [
      ...placeColumns,
      { header: 'Id', width: 10 },
      { header: t('description'), width: 60 },
      { header: 'Risk-id', width: 14 },
      { header: t('responsible'), width: 24 },
      { header: t('period'), width: 16 },
    ],
    rows: picture.items.plannedMeasures.map((m) => [
      ...place(m.municipalityCode),
      m.id,
      m.description,
      m.riskIds.join(', '),
      m.responsible,
      m.period,
    ]),
  };
}

/** The follow-up of the previous round's planned measures. */
export function followUpsSheet({ picture, texts, place, placeColumns, w }: Sheets): SheetSpec {
  const { t, codeLabel } = w;
  return {
    name: texts.sheets.followUps,
    columns: [
      ...placeColumns,
      { header: 'Id', width: 10 },
      { header: t('plannedMeasure'), width: 50 },
      { header: t('status'), width: 16 },
      { header: t('comment'), width: 40 },
    ],
    rows: picture.followUps.items.map((f) => [
      ...place(f.municipalityCode),
      f.plannedMeasureId,
      f.description,
      codeLabel('followUpStatuses', f.status),
      f.comment,
    ]),
  };
}

/** Every concern ahead. */
export function risksAheadSheet({ picture, texts, place, placeColumns, w }: Sheets): SheetSpec {
  const { t, codeLabel } = w;
  return {
    name: texts.sheets.risksAhead,
    columns: [
      ...placeColumns,
      { header: t('riskArea'), width: 30 },
      { header: t('description'), width: 60 },
      { header: t('likelihood'), width: 14 },
    ],
    rows: picture.items.risksAhead.map((r) => [
      ...place(r.municipalityCode),
      codeLabel('riskAreas', r.area),
      r.description,
      codeLabel('likelihoods', r.likelihood),
    ]),
  };
}
