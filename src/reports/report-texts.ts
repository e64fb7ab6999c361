import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AssessmentStatus } from '../assessments/workflow';
import { TEMPLATES_DIR } from '../config/paths';
import type { CountyPicture } from '../county-picture/county-picture.model';
import type { Taxonomy, TaxonomyList } from '../taxonomy/taxonomy';
import type { OrganisationKind } from '../geography/organisation.entity';

export const REPORT_LANGUAGES = ['sv', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The report's fixed wording; lives in templates/report/<language>.json so a county can reword it. */
export interface ReportTexts {
  language: ReportLanguage;
  locale: string;
  title: string;
  coverLines: Record<'county' | 'round' | 'period' | 'deadline' | 'generated', string>;
  basis: Record<'approved' | 'submitted', string>;
  /** The basis with how many municipalities it counts, as the cover says it. */
  basisWithCount: Record<'approved' | 'submitted', string>;
  cover: {
    facts: Record<'round' | 'period' | 'deadline' | 'basis' | 'caseNumber' | 'contact' | 'date', string>;
    working: string;
    incomplete: string;
    roundOpen: string;
    awaiting: string;
  };
  /** In the header of every page of a working version. */
  mark: string;
  findings: Record<
    | 'title'
    | 'note'
    | 'mostReported'
    | 'largestChanges'
    | 'highLevels'
    | 'or'
    | 'newRisks'
    | 'areaCount'
    | 'change'
    | 'newRiskCount'
    | 'newRiskOne'
    | 'noneReported'
    | 'noHighLevels',
    string
  >;
  national: Record<
    | 'title'
    | 'method'
    | 'trendIntro'
    | 'comparison'
    | 'comparisonIntro'
    | 'responseTable'
    | 'areaTable'
    | 'counties'
    | 'countyCell'
    | 'noSummary'
    | 'appendixElsewhere',
    string
  >;
  noSummary: string;
  noneOfThese: string;
  toc: string;
  /** The words of a downloaded file's name. */
  fileName: { prefix: string; nationalPrefix: string; basis: Record<'approved' | 'submitted', string> };
  page: string;
  sections: Record<
    | 'glance'
    | 'trends'
    | 'summary'
    | 'method'
    | 'riskAreas'
    | 'heatmap'
    | 'riskMatrix'
    | 'measures'
    | 'plannedMeasures'
    | 'risksAhead'
    | 'forumThemes'
    | 'forums'
    | 'organisations'
    | 'appendix',
    string
  >;
  /** The other respondents' part of a report: their own response figures and answers. */
  organisations: Record<'intro' | 'responseCaption' | 'risksCaption' | 'noRisks' | 'notCounted', string> & {
    column: Record<'organisation' | 'kind' | 'status' | 'risks' | 'counted', string>;
    kinds: Record<OrganisationKind, string>;
  };
  /** The dialogue forums' part of a report, and a forum's own report. */
  forums: Record<
    | 'intro'
    | 'none'
    | 'source'
    | 'themesCaption'
    | 'polls'
    | 'pollCaption'
    | 'mean'
    | 'noAnswers'
    | 'notesCaption'
    | 'summariesCaption'
    | 'kicker'
    | 'questions'
    | 'date'
    | 'county'
    | 'round'
    | 'noRound'
    | 'chartAlt',
    string
  > & {
    column: Record<
      | 'theme'
      | 'askedBy'
      | 'municipality'
      | 'group'
      | 'note'
      | 'summary'
      | 'count'
      | 'points'
      | 'share'
      | 'wordCloud'
      | 'choice'
      | 'ranking'
      | 'scale'
      | 'openText',
      string
    >;
  };
  /** The county's risk matrix and escalation stages, where the round asked for RSA scoring. */
  rsa: Record<
    | 'intro'
    | 'unscored'
    | 'notAsked'
    | 'caption'
    | 'areaIntro'
    | 'areaCaption'
    | 'cell'
    | 'escalation'
    | 'escalationIntro'
    | 'stagesCaption'
    | 'byMunicipalityCaption'
    | 'noEscalation'
    | 'noStage',
    string
  > & {
    column: Record<
      | 'stage'
      | 'count'
      | 'share'
      | 'from'
      | 'municipality'
      | 'highest'
      | 'risks'
      | 'area'
      | 'likelihood'
      | 'consequence'
      | 'risksCount'
      | 'municipalities',
      string
    >;
  };
  /** A municipality's social-risk register, as input to its RSA. */
  register: Record<
    | 'kicker'
    | 'intro'
    | 'definition'
    | 'definitionSource'
    | 'basis'
    | 'noSubmissions'
    | 'matrix'
    | 'matrixIntro'
    | 'matrixKey'
    | 'matrixCaption'
    | 'corner'
    | 'cell'
    | 'unscored'
    | 'allScored'
    | 'overview'
    | 'overviewCaption'
    | 'risksHeading'
    | 'riskHeading'
    | 'historyCaption'
    | 'measuresCaption'
    | 'plansCaption'
    | 'noMeasures'
    | 'notFollowedUp'
    | 'notScored'
    | 'retired'
    | 'retiredIntro'
    | 'fileName'
    | 'yes'
    | 'no',
    string
  > & {
    facts: Record<'municipality' | 'county' | 'rounds' | 'latest' | 'date', string>;
    column: Record<
      | 'number'
      | 'risk'
      | 'area'
      | 'level'
      | 'trend'
      | 'likelihood'
      | 'consequence'
      | 'protectedValues'
      | 'escalation'
      | 'round'
      | 'measure'
      | 'effect'
      | 'plan'
      | 'responsible'
      | 'period'
      | 'followUp'
      | 'lastReported'
      | 'current'
      | 'kind'
      | 'taken'
      | 'planned'
      | 'submission'
      | 'submittedAt'
      | 'scoring'
      | 'riskId'
      | 'description'
      | 'count'
      | 'risks',
      string
    >;
    sheets: Record<'matrix' | 'risks' | 'entries' | 'measures' | 'about', string>;
  };
  method: string;
  noNarrative: string;
  nothingReported: string;
  chartAlt: string;
  change: Record<'now' | 'withPrevious' | 'previousEmpty' | 'panel' | 'panelOne' | 'panelNone', string>;
  glance: Record<
    | 'response'
    | 'overviewCaption'
    | 'overviewAlt'
    | 'overviewPrevious'
    | 'tableBelow'
    | 'previousMark'
    | 'largestChanges'
    | 'noChanges'
    | 'newRisks'
    | 'noNewRisks'
    | 'trendCaption'
    | 'trendAlt'
    | 'trendIntro'
    | 'firstRound'
    | 'overviewTable'
    | 'basisNote'
    | 'trendTable'
    | 'trendLinesAlt'
    | 'trendLinesCaption'
    | 'areaTrendCaption'
    | 'responseTable'
    | 'groupTable'
    | 'levelTable',
    string
  >;
  labels: Record<string, string>;
  statuses: Record<AssessmentStatus, string>;
  sheets: Record<
    | 'summary'
    | 'charts'
    | 'response'
    | 'riskAreas'
    | 'heatmap'
    | 'trends'
    | 'measures'
    | 'observedRisks'
    | 'measuresTaken'
    | 'plannedMeasures'
    | 'followUps'
    | 'risksAhead'
    | 'status'
    | 'counties'
    | 'countyAreas'
    | 'forums'
    | 'riskMatrix'
    | 'escalation'
    | 'organisations',
    string
  >;
  /** The workbook's sheet of charts: what it holds, and the words before each chart's text alternative. */
  chartSheet: Record<'intro' | 'inWords' | 'figuresOn', string>;
}

export function loadReportTexts(language: ReportLanguage, dir = TEMPLATES_DIR): ReportTexts {
  return JSON.parse(readFileSync(join(dir, 'report', `${language}.json`), 'utf8')) as ReportTexts;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The label of a code in the report's language, or the code itself when the list does not have it. */
export function labelOf(
  taxonomy: Taxonomy,
  list: TaxonomyList,
  code: string | null,
  language: ReportLanguage,
): string {
  if (code === null) return '';
  return taxonomy[list].find((item) => item.code === code)?.label[language] ?? code;
}

export function label(texts: ReportTexts, key: string): string {
  return texts.labels[key] ?? key;
}

export function formatShare(value: number | null, texts: ReportTexts): string {
  if (value === null) return texts.labels.none ?? '–';
  return new Intl.NumberFormat(texts.locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** Marks that go with the trend's words (never instead of them) in tables and the heatmap. */
export const TREND_MARKS: Record<string, string> = {
  minskat: '↓',
  oforandrat: '→',
  okat: '↑',
  ny: '+',
  vet_ej: '?',
};

const LEVEL_COLOURS = ['#e3f0da', '#fff2b3', '#fbc79a', '#f08c7f'];

/** Background of a level in the heatmap, lightest for the lowest; dark text stays readable on every one. */
export function levelColour(taxonomy: Taxonomy, level: string): string {
  const rank = taxonomy.levels.findIndex((l) => l.code === level);
  return rank < 0 ? '#ffffff' : (LEVEL_COLOURS[Math.min(rank, LEVEL_COLOURS.length - 1)] ?? '#ffffff');
}

/** The wording helpers both renderers need for one picture in one language. */
export function wordingFor(picture: CountyPicture, texts: ReportTexts) {
  const lang = texts.language;
  const codeLabel = (list: TaxonomyList, code: string | null) => labelOf(picture.taxonomy, list, code, lang);
  const nameOf = new Map(picture.municipalities.map((m) => [m.code, m.name]));
  return {
    lang,
    tax: picture.taxonomy,
    t: (key: string) => label(texts, key),
    codeLabel,
    codesLabel: (list: TaxonomyList, codes: string[]) => codes.map((c) => codeLabel(list, c)).join(', '),
    nameOf: (code: string) => nameOf.get(code) ?? code,
  };
}
