import type { AssessmentDocument } from '../assessments/assessment-document';
import type { Taxonomy, TaxonomyList } from '../taxonomy/taxonomy';
import type { Words } from './forum-rules';

/** The sections of a municipality's preparatory document: what the forum asks, in the order it is presented. */
export const PREPARATION_SECTIONS = ['risks', 'measures', 'plans', 'themes', 'other'] as const;
export type PreparationSection = (typeof PREPARATION_SECTIONS)[number];

/** A group room's notes: one per municipality of the group (by its code) and the group's summary. */
export const SUMMARY = 'summary';

/** The longest text of one section: a presentation's worth. */
export const MAX_SECTION_TEXT = 10_000;

/** What a save of one section does, given what is stored: write it, leave it (the same text), or refuse it. */
export type SectionSave = 'write' | 'unchanged' | 'conflict';

/**
 * The section-save rule of the assessment form, for a forum's texts: a save names the version of the section it was
 * written on (0 for a section never saved); it is refused when the section has been saved since, unless it brings
 * the very text stored now, which changes nothing.
 */
export function sectionSave(
  stored: { version: number; text: string } | null,
  version: number,
  text: string,
): SectionSave {
  const current = stored?.version ?? 0;
  if (stored && stored.text === text) return 'unchanged';
  return version === current ? 'write' : 'conflict';
}

const label = (taxonomy: Taxonomy, list: TaxonomyList, code: string | null, lang: keyof Words) =>
  code === null ? null : (taxonomy[list].find((item) => item.code === code)?.label[lang] ?? code);

const bullet = (parts: (string | null | undefined)[]) =>
  `• ${parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' – ')}`;

/** The words the proposal uses around the assessment's own, in each language. */
const WORDS = {
  sv: {
    level: 'nivå',
    effect: 'effekt',
    followUp: 'Uppföljning av tidigare planerade åtgärder',
    none: 'Inga observerade risker',
  },
  en: {
    level: 'level',
    effect: 'effect',
    followUp: 'Follow-up of measures planned earlier',
    none: 'No risks observed',
  },
};

/**
 * A municipality's preparatory document as proposed from its latest assessment: its observed risks (area, level and
 * trend), its measures taken and how they worked, its planned measures and the follow-up of those planned before,
 * and the themes it asked the forum to take up. "Other" starts empty. The labels are the round's own, in `lang`.
 */
export function preparationProposal(
  document: AssessmentDocument,
  taxonomy: Taxonomy,
  lang: keyof Words = 'sv',
): Record<PreparationSection, string> {
  const w = WORDS[lang];
  const risks = document.noRisksObserved
    ? w.none
    : document.observedRisks
        .map((r) => {
          const about = [
            label(taxonomy, 'riskAreas', r.area, lang),
            r.level ? `${w.level} ${label(taxonomy, 'levels', r.level, lang)}` : null,
            label(taxonomy, 'trends', r.trend, lang),
          ].filter(Boolean);
          return bullet([`${r.title}${about.length ? ` (${about.join(', ')})` : ''}`, r.description]);
        })
        .join('\n');
  const measures = document.measuresTaken
    .map((m) =>
      bullet([m.description, m.effect ? `${w.effect}: ${label(taxonomy, 'effects', m.effect, lang)}` : null]),
    )
    .join('\n');
  const planned = document.plannedMeasures.map((p) =>
    bullet([p.description, [p.responsible, p.period].filter(Boolean).join(', ')]),
  );
  const followUps = document.followUps
    .filter((f) => f.status || f.comment.trim())
    .map((f) => bullet([label(taxonomy, 'followUpStatuses', f.status, lang), f.comment]));
  const plans = [...planned, ...(followUps.length ? [`${w.followUp}:`, ...followUps] : [])].join('\n');
  return {
    risks,
    measures,
    plans,
    themes: document.forumThemes.join('\n'),
    other: '',
  };
}
