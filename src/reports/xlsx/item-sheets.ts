import { forumDate } from '../document/forum-sections';
import { PERCENT, SheetSpec, Sheets, Value } from './sheet-spec';

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

/**
 * What the round's dialogue forums gave, one row per item, each with its forum and date: the themes asked for (with
 * how many and which municipalities asked), each poll's words, options or steps with their counts, the open-text
 * answers shown, and the group rooms' notes and summaries. None when the round had no forum.
 */
export function forumsSheet({ picture, texts, w }: Sheets): SheetSpec | null {
  if (picture.forums.length === 0) return null;
  const { t, nameOf } = w;
  const rows = picture.forums.flatMap((forum) => {
    const date = forumDate(forum.startsAt, texts);
    const row = (
      part: string,
      subject: string,
      rest: Partial<Record<'label' | 'count' | 'share' | 'who' | 'text', Value>>,
    ): Value[] => [
      forum.title,
      date,
      part,
      subject,
      rest.label ?? null,
      rest.count ?? null,
      rest.share ?? null,
      rest.who ?? null,
      rest.text ?? null,
    ];
    return [
      ...forum.themes.map((theme) =>
        row(t('forumTheme'), theme.text, {
          count: theme.askedBy.length,
          who: theme.askedBy.map(nameOf).join(', '),
        }),
      ),
      ...forum.polls.flatMap((poll) => [
        ...poll.rows.map((r) =>
          row(t('forumPoll'), poll.question, { label: r.label, count: r.count, share: r.share }),
        ),
        ...poll.texts.map((text) => row(t('forumOpenText'), poll.question, { text })),
      ]),
      ...forum.notes.map((n) =>
        row(t('forumNote'), n.groupName, { who: nameOf(n.municipalityCode), text: n.text }),
      ),
      ...forum.summaries.map((s) => row(t('forumSummary'), s.groupName, { text: s.text })),
    ];
  });
  return {
    name: texts.sheets.forums,
    columns: [
      { header: t('forumName'), width: 28 },
      { header: t('forumDate'), width: 18 },
      { header: t('forumPart'), width: 18 },
      { header: t('forumSubject'), width: 40 },
      { header: t('forumLabel'), width: 24 },
      { header: t('forumCount'), width: 10 },
      { header: t('forumShare'), width: 14, numFmt: PERCENT },
      { header: t('forumMunicipalities'), width: 24 },
      { header: t('forumText'), width: 60 },
    ],
    rows,
  };
}
