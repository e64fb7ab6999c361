import type { AssessmentDocument } from '../assessments/assessment-document';
import type { AssessmentStatus } from '../assessments/workflow';
import { labelOf } from '../reports/report-texts';
import type { Taxonomy, TaxonomyList } from '../taxonomy/taxonomy';

/** One submitted assessment as the archive writes it: where and when it is from, and its latest submitted document. */
export interface ArchiveAssessment {
  countyCode: string;
  /** Empty for an organisation's assessment, which has its name instead. */
  municipalityCode: string;
  municipalityName: string;
  organisationName: string;
  roundTitle: string;
  periodStart: string;
  periodEnd: string;
  status: AssessmentStatus;
  submission: number;
  submittedAt: string;
  late: boolean;
  taxonomy: Taxonomy;
  document: AssessmentDocument;
}

export type ArchiveValue = string | number | null;

export interface ArchiveSheet {
  name: string;
  columns: { header: string; width: number }[];
  rows(assessment: ArchiveAssessment): ArchiveValue[][];
}

const STATUS: Partial<Record<AssessmentStatus, string>> = {
  submitted: 'Inskickad',
  approved: 'Godkänd',
  returned: 'Återsänd',
  draft: 'Utkast',
};

const COMMON = [
  { header: 'Län', width: 6 },
  { header: 'Kommunkod', width: 11 },
  { header: 'Kommun', width: 18 },
  { header: 'Organisation', width: 24 },
  { header: 'Omgång', width: 28 },
  { header: 'Period från', width: 11 },
  { header: 'Period till', width: 11 },
  { header: 'Status', width: 11 },
  { header: 'Inlämning', width: 10 },
  { header: 'Inskickad', width: 20 },
  { header: 'Sen', width: 5 },
];

function common(a: ArchiveAssessment): ArchiveValue[] {
  return [
    a.countyCode,
    a.municipalityCode,
    a.municipalityName,
    a.organisationName,
    a.roundTitle,
    a.periodStart,
    a.periodEnd,
    STATUS[a.status] ?? a.status,
    a.submission,
    a.submittedAt,
    a.late ? 'ja' : 'nej',
  ];
}

const label = (a: ArchiveAssessment, list: TaxonomyList, code: string | null) =>
  labelOf(a.taxonomy, list, code, 'sv');
const labels = (a: ArchiveAssessment, list: TaxonomyList, codes: string[]) =>
  codes.map((c) => label(a, list, c)).join(', ');
/** The numbers (1, 2, …) of the document's risks that a measure addresses, as the form shows them. */
const riskNumbers = (a: ArchiveAssessment, riskIds: string[]) =>
  a.document.observedRisks
    .map((r, i) => (riskIds.includes(r.id) ? String(i + 1) : null))
    .filter((n) => n !== null)
    .join(', ');

/**
 * The archive's sheets: one row per assessment, then one row per item of each kind. Every sheet starts with the same
 * columns, so that a filter on county, municipality or round works alike everywhere. Codes are written as their
 * Swedish labels in the taxonomy of the assessment's own round.
 */
export const ARCHIVE_SHEETS: ArchiveSheet[] = [
  {
    name: 'Bedömningar',
    columns: [
      ...COMMON,
      { header: 'Sammanfattning', width: 60 },
      { header: 'Förändring sedan förra omgången', width: 40 },
      { header: 'Inga risker observerade', width: 10 },
      { header: 'Stöd som önskas', width: 40 },
      { header: 'Teman till forum', width: 30 },
      { header: 'Kontaktperson', width: 20 },
      { header: 'E-post', width: 24 },
    ],
    rows: (a) => [
      [
        ...common(a),
        a.document.summary,
        a.document.changesSinceLastRound,
        a.document.noRisksObserved ? 'ja' : 'nej',
        a.document.supportWanted,
        a.document.forumThemes.join('; '),
        a.document.contact.name,
        a.document.contact.email,
      ],
    ],
  },
  {
    name: 'Observerade risker',
    columns: [
      ...COMMON,
      { header: 'Nr', width: 5 },
      { header: 'Område', width: 28 },
      { header: 'Rubrik', width: 30 },
      { header: 'Beskrivning', width: 60 },
      { header: 'Nivå', width: 12 },
      { header: 'Trend', width: 12 },
      { header: 'Omfattning', width: 14 },
      { header: 'Berörda grupper', width: 30 },
      { header: 'Plats', width: 20 },
      { header: 'Underlag', width: 40 },
    ],
    rows: (a) =>
      a.document.observedRisks.map((r, i) => [
        ...common(a),
        i + 1,
        label(a, 'riskAreas', r.area),
        r.title,
        r.description,
        label(a, 'levels', r.level),
        label(a, 'trends', r.trend),
        label(a, 'extents', r.extent),
        labels(a, 'affectedGroups', r.affectedGroups),
        r.location,
        r.basis,
      ]),
  },
  {
    name: 'Vidtagna åtgärder',
    columns: [
      ...COMMON,
      { header: 'Nr', width: 5 },
      { header: 'Beskrivning', width: 60 },
      { header: 'Gäller risk nr', width: 12 },
      { header: 'Aktörer', width: 30 },
      { header: 'Perspektiv', width: 30 },
      { header: 'Effekt', width: 16 },
    ],
    rows: (a) =>
      a.document.measuresTaken.map((m, i) => [
        ...common(a),
        i + 1,
        m.description,
        riskNumbers(a, m.riskIds),
        labels(a, 'actors', m.actors),
        labels(a, 'perspectives', m.perspectives),
        label(a, 'effects', m.effect),
      ]),
  },
  {
    name: 'Planerade åtgärder',
    columns: [
      ...COMMON,
      { header: 'Nr', width: 5 },
      { header: 'Beskrivning', width: 60 },
      { header: 'Gäller risk nr', width: 12 },
      { header: 'Ansvarig', width: 24 },
      { header: 'Period', width: 16 },
    ],
    rows: (a) =>
      a.document.plannedMeasures.map((m, i) => [
        ...common(a),
        i + 1,
        m.description,
        riskNumbers(a, m.riskIds),
        m.responsible,
        m.period,
      ]),
  },
  {
    name: 'Farhågor',
    columns: [
      ...COMMON,
      { header: 'Nr', width: 5 },
      { header: 'Område', width: 28 },
      { header: 'Beskrivning', width: 60 },
      { header: 'Sannolikhet', width: 14 },
    ],
    rows: (a) =>
      a.document.risksAhead.map((r, i) => [
        ...common(a),
        i + 1,
        label(a, 'riskAreas', r.area),
        r.description,
        label(a, 'likelihoods', r.likelihood),
      ]),
  },
];
