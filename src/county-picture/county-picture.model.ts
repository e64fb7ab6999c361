import type { ForumResult } from '../forums/forum-results';
import type { OrganisationKind } from '../geography/organisation.entity';
import type {
  MeasureTaken,
  ObservedRisk,
  PlannedMeasure,
  RiskAhead,
} from '../assessments/assessment-document';
import type { AssessmentStatus } from '../assessments/workflow';
import type { Taxonomy } from '../taxonomy/taxonomy';

import type { Include } from '../assessments/counted';
import type { Trends } from '../trends/trends.model';

export { INCLUDES, type Include } from '../assessments/counted';

/** One counted assessment: the submitted version a figure was computed from. */
export interface SourceRef {
  municipalityCode: string;
  assessmentId: string;
  submission: number;
  version: number;
  status: AssessmentStatus;
  submittedAt: string;
}

/** A count of one code, with the municipalities (see `sources`) it was counted from. */
export interface Tally {
  code: string;
  count: number;
  from: string[];
}

export interface ResponseGroup {
  group: string;
  name: string;
  expected: number;
  submitted: number;
  approved: number;
  late: number;
  missing: string[];
}

export interface Response {
  expected: number;
  submitted: number;
  approved: number;
  late: number;
  /** Municipality codes that have not submitted (not started, draft or returned). */
  missing: string[];
  returned: string[];
  lateMunicipalities: string[];
  /** How many assessments the figures below count, given `include`. */
  counted: number;
  byMainGroup: ResponseGroup[];
  byGroup: ResponseGroup[];
  /** Every municipality's status, in code order. */
  statuses: {
    municipalityCode: string;
    status: AssessmentStatus;
    late: boolean;
    submittedAt: string | null;
  }[];
}

export interface GroupShare {
  group: string;
  expected: number;
  counted: number;
  reporting: number;
  share: number | null;
  from: string[];
}

export interface RiskDescription {
  municipalityCode: string;
  riskId: string;
  title: string;
  description: string;
  level: string | null;
  trend: string | null;
  extent: string | null;
  location: string;
}

/** The area in the previous round: the municipalities that reported it, of how many counted then. */
export interface PreviousAreaFigures {
  municipalityCount: number;
  /** Assessments counted in the previous round: the base of its share. */
  counted: number;
  share: number | null;
  levels: Tally[];
  from: string[];
}

/** Of the municipalities counted in both rounds: how many reported the area now, and how many did before. */
export interface ChangePanel {
  municipalities: number;
  reportingNow: number;
  reportingBefore: number;
}

/**
 * The change since the previous round. `shareDelta` is the change of the share in percentage points (two decimals),
 * comparable when the bases differ; `municipalityCount` is the bare difference of counts over those bases, kept for
 * completeness and never shown alone; `panel` compares like with like.
 */
export interface AreaChange {
  municipalityCount: number;
  shareDelta: number | null;
  panel: ChangePanel;
}

export interface RiskAreaFigures {
  area: string;
  /** Municipalities reporting at least one risk in the area. */
  municipalityCount: number;
  /** municipalityCount / counted assessments, four decimals; null when nothing is counted. */
  share: number | null;
  from: string[];
  /** Each municipality counted once, by its highest-level risk in the area. */
  levels: Tally[];
  trends: Tally[];
  extents: Tally[];
  affectedGroups: Tally[];
  byMainGroup: GroupShare[];
  previous: PreviousAreaFigures | null;
  change: AreaChange | null;
  descriptions: RiskDescription[];
}

export interface HeatmapCell {
  area: string;
  level: string | null;
  trend: string | null;
  risks: number;
}

export interface HeatmapRow {
  municipalityCode: string;
  name: string;
  mainGroup: string | null;
  counted: boolean;
  cells: HeatmapCell[];
}

export interface MeasureItem {
  municipalityCode: string;
  description: string;
  actors: string[];
  perspectives: string[];
  effect: string | null;
}

/** Measures grouped by the risk area of the risks they address; `area` null for measures linked to no risk. */
export interface MeasureFigures {
  area: string | null;
  count: number;
  from: string[];
  actors: Tally[];
  perspectives: Tally[];
  effects: Tally[];
  items: MeasureItem[];
}

export interface PlannedItem {
  municipalityCode: string;
  description: string;
  responsible: string;
  period: string;
}

export interface PlannedFigures {
  area: string | null;
  count: number;
  from: string[];
  items: PlannedItem[];
}

export interface FollowUpItem {
  municipalityCode: string;
  plannedMeasureId: string;
  /** The planned measure's description in the previous round, when it can be found there. */
  description: string;
  status: string | null;
  comment: string;
}

export interface RiskAheadFigures {
  area: string;
  count: number;
  from: string[];
  likelihoods: Tally[];
  items: { municipalityCode: string; description: string; likelihood: string | null }[];
}

export interface MunicipalityRow {
  code: string;
  name: string;
  groupCode: string | null;
  groupName: string | null;
  mainGroup: string | null;
  mainGroupName: string | null;
  population: number | null;
}

export interface MunicipalityText {
  municipalityCode: string;
  text: string;
}

export interface MunicipalityAppendix {
  municipalityCode: string;
  summary: string;
  changesSinceLastRound: string;
  contactName: string;
  noRisksObserved: boolean;
}

/**
 * What an analyst reads first, computed from the figures: the most reported areas, the largest changes of share since
 * the previous round, the areas with high levels and the risks new this round.
 */
export interface Highlights {
  /** The areas reported by the largest share of the counted municipalities; at most three. */
  mostReported: { area: string; municipalityCount: number; share: number | null }[];
  /**
   * Areas where municipalities report one of the top two levels of the scale (`levels`), by their highest risk there;
   * largest share first.
   */
  highLevels: { area: string; municipalityCount: number; share: number | null; levels: string[] }[];
  /** Areas whose share changed, largest change (in percentage points, either way) first; at most five. */
  largestChanges: { area: string; share: number | null; previousShare: number | null; shareDelta: number }[];
  /** Counted risks whose trend is "new", in municipality order. */
  newRisks: {
    municipalityCode: string;
    riskId: string;
    area: string | null;
    title: string;
    level: string | null;
  }[];
}

/** One cell of a risk matrix: the counted risks scored at this likelihood and consequence (1 to 5). */
export interface MatrixCellFigures {
  likelihood: number;
  consequence: number;
  count: number;
  /** The municipalities whose risks these are, in code order. */
  from: string[];
  risks: { municipalityCode: string; riskId: string }[];
}

/**
 * The counted risks as a five by five matrix of likelihood and consequence: all areas together and each area with
 * scored risks. Only a round that asked for RSA scoring has one.
 */
export interface RiskMatrixFigures {
  scoring: boolean;
  /** Counted risks with both a likelihood and a consequence, and those without. */
  scored: number;
  unscored: number;
  /** All 25 cells, lowest likelihood and consequence first. */
  cells: MatrixCellFigures[];
  byArea: { area: string; scored: number; cells: MatrixCellFigures[] }[];
}

/** How far social unrest has escalated in each counted municipality, by its risks of the round's escalation areas. */
export interface EscalationFigures {
  /** The risk areas the round asked the escalation stage for; none when it did not ask. */
  areas: string[];
  /** For each stage, the municipalities whose highest stage it is, of `counted`. */
  stages: (Tally & { share: number | null })[];
  counted: number;
  /** Every counted municipality with a risk of those areas: its highest stage, and each risk with its stage. */
  byMunicipality: {
    municipalityCode: string;
    highest: string | null;
    risks: { riskId: string; title: string; stage: string | null }[];
  }[];
}

/** The county picture: one model that the dashboard, the PDF and the workbook all draw. */
export interface CountyPicture {
  round: {
    id: string;
    title: string;
    countyCode: string;
    countyName: string;
    periodStart: string;
    periodEnd: string;
    deadline: string;
    status: string;
    /** The case number (diarienummer) and the contact the report's cover gives. */
    caseNumber: string | null;
    contact: { name: string | null; email: string | null; phone: string | null };
  };
  include: Include;
  previousRound: { id: string; title: string; periodStart: string; periodEnd: string } | null;
  taxonomy: Taxonomy;
  municipalities: MunicipalityRow[];
  sources: SourceRef[];
  response: Response;
  riskAreas: RiskAreaFigures[];
  heatmap: { areas: string[]; rows: HeatmapRow[] };
  measures: MeasureFigures[];
  plannedMeasures: PlannedFigures[];
  followUps: { statuses: Tally[]; items: FollowUpItem[] };
  risksAhead: RiskAheadFigures[];
  forumThemes: MunicipalityText[];
  supportWanted: MunicipalityText[];
  appendix: MunicipalityAppendix[];
  /** Every counted item once, in municipality order: the raw tables of the report. */
  items: {
    observedRisks: (ObservedRisk & { municipalityCode: string })[];
    measuresTaken: (MeasureTaken & { municipalityCode: string })[];
    plannedMeasures: (PlannedMeasure & { municipalityCode: string })[];
    risksAhead: (RiskAhead & { municipalityCode: string })[];
  };
  narratives: Record<string, string>;
  highlights: Highlights;
  /** Each risk area over the county's rounds up to this one; null for a national picture. */
  trends: Trends | null;
  /** The dialogue forums of the round: their themes, polls and notes, each traced to its forum. */
  forums: ForumResult[];
  /** The counted risks by likelihood and consequence, where the round asked for RSA scoring. */
  riskMatrix: RiskMatrixFigures;
  escalation: EscalationFigures;
  /** The organisations the round asked besides the municipalities: never counted with them, with figures of their own. */
  organisations: OrganisationFigures;
}

/** One organisation's answer as the picture shows it: where its assessment stands and, once counted, its risks. */
export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  countyCode: string;
  status: AssessmentStatus;
  late: boolean;
  /** Whether its latest submission counts under the picture's `include`. */
  counted: boolean;
  /** The submission the risks are read from; null while none counts. */
  source: { assessmentId: string; submission: number; version: number; submittedAt: string } | null;
  summary: string;
  risks: { id: string; area: string | null; title: string; level: string | null; trend: string | null }[];
}

/** The organisations' own response figures, over the organisations asked, and their answers. */
export interface OrganisationFigures {
  expected: number;
  submitted: number;
  approved: number;
  late: number;
  counted: number;
  byKind: { kind: OrganisationKind; expected: number; counted: number }[];
  rows: OrganisationRow[];
}
