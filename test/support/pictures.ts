import type { AssessmentDocument, ObservedRisk } from '../../src/assessments/assessment-document';
import { emptyDocument } from '../../src/assessments/assessment-document';
import { figuresOf } from '../../src/assessments/figures/area-figures';
import { counts } from '../../src/assessments/counted';
import type { AssessmentInput, PictureInput } from '../../src/county-picture/county-picture.builder';
import type { Include, MunicipalityRow } from '../../src/county-picture/county-picture.model';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';

export function risk(
  id: string,
  area: string,
  level: string,
  trend: string,
  more: Partial<ObservedRisk> = {},
): ObservedRisk {
  return {
    id,
    area,
    title: `Risk ${id}`,
    description: `Beskrivning ${id}`,
    level,
    trend,
    extent: null,
    affectedGroups: [],
    location: '',
    eventLink: null,
    basis: '',
    ...more,
  };
}

export function doc(more: Partial<AssessmentDocument>): AssessmentDocument {
  return { ...emptyDocument(), contact: { name: 'K', role: '', email: 'k@k.se', phone: '' }, ...more };
}

export function assessment(
  municipalityCode: string,
  status: AssessmentInput['status'],
  document: AssessmentDocument | null,
  late = false,
): AssessmentInput {
  return {
    municipalityCode,
    assessmentId: `a-${municipalityCode}`,
    status,
    late,
    latest: document ? { number: 1, version: 3, document, submittedAt: '2026-03-20T10:00:00.000Z' } : null,
  };
}

export const FOUR_MUNICIPALITIES: MunicipalityRow[] = [
  {
    code: '0001',
    name: 'Aby',
    groupCode: 'A1',
    groupName: 'Storstad',
    mainGroup: 'A',
    mainGroupName: 'Storstäder',
    population: 100,
  },
  {
    code: '0002',
    name: 'Bby',
    groupCode: 'B3',
    groupName: 'Större stad',
    mainGroup: 'B',
    mainGroupName: 'Större städer',
    population: 50,
  },
  {
    code: '0003',
    name: 'Cby',
    groupCode: 'C7',
    groupName: 'Landsbygd',
    mainGroup: 'C',
    mainGroupName: 'Landsbygd',
    population: 10,
  },
  {
    code: '0004',
    name: 'Dby',
    groupCode: 'C8',
    groupName: 'Landsbygd 2',
    mainGroup: 'C',
    mainGroupName: 'Landsbygd',
    population: 5,
  },
];

export function pictureInput(
  include: Include,
  assessments: AssessmentInput[],
  previous: AssessmentInput[] | null = null,
): PictureInput {
  return {
    round: {
      id: 'round-2',
      title: 'Hösten',
      countyCode: '99',
      countyName: 'Testlän',
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      deadline: '2026-12-01',
      status: 'open',
      caseNumber: null,
      contact: { name: null, email: null, phone: null },
      taxonomy: DEFAULT_TAXONOMY,
      rsa: { scoring: true, escalationAreas: ['social_oro'] },
    },
    include,
    municipalities: FOUR_MUNICIPALITIES,
    assessments,
    previous: previous
      ? {
          round: {
            id: 'round-1',
            title: 'Våren',
            periodStart: '2026-01-01',
            periodEnd: '2026-06-30',
            taxonomy: DEFAULT_TAXONOMY,
          },
          figures: previous
            .filter((a) => a.latest && counts(a.status, include))
            .map((a) => ({
              municipalityCode: a.municipalityCode,
              ...figuresOf(a.latest!.document, DEFAULT_TAXONOMY),
            })),
        }
      : null,
    narratives: {},
    trends: null,
    forums: [],
    organisations: [],
  };
}
