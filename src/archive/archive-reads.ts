import type { DataSource } from 'typeorm';
import { AssessmentSubmission } from '../assessments/assessment-submission.entity';
import { Assessment } from '../assessments/assessment.entity';
import { AssessmentRepository } from '../assessments/assessment.repository';
import type { AssessmentStatus } from '../assessments/workflow';
import { municipalityNamesOf } from '../geography/geography.queries';
import { County } from '../geography/county.entity';
import { Organisation } from '../geography/organisation.entity';
import { Municipality, MunicipalityGroup, MunicipalityPopulation } from '../geography/municipality.entity';
import { openedRounds } from '../rounds/round.queries';
import { Round } from '../rounds/round.entity';
import { taxonomyOf } from '../rounds/round-rules';
import type { ArchiveAssessment } from './archive-rows';

const COUNTED: AssessmentStatus[] = ['submitted', 'approved'];

/** The tables the archive reads, with those they refer to: what the export thread's connection knows of. */
export const ARCHIVE_ENTITIES = [
  County,
  Municipality,
  MunicipalityGroup,
  MunicipalityPopulation,
  Organisation,
  Round,
  Assessment,
  AssessmentSubmission,
];

/**
 * Every submitted and approved assessment of the county (or the country) with its latest submission, one round per
 * batch, in county, period and municipality order, the organisations' after the municipalities' by name.
 */
export async function* archiveAssessments(
  dataSource: DataSource,
  countyCode: string | null,
): AsyncIterable<ArchiveAssessment[]> {
  const names = await municipalityNamesOf(dataSource.getRepository(Municipality));
  const organisations = new Map(
    (await dataSource.getRepository(Organisation).find({ select: { id: true, name: true } })).map((o) => [
      o.id,
      o.name,
    ]),
  );
  const assessments = new AssessmentRepository(dataSource);
  for (const round of await openedRounds(dataSource.getRepository(Round), countyCode)) {
    const taxonomy = taxonomyOf(round);
    const rows = [
      ...(await assessments.latestOfRound(round.id, COUNTED)).map((r) => ({
        ...r,
        municipalityName: names.get(r.municipalityCode) ?? r.municipalityCode,
        organisationName: '',
      })),
      ...(await assessments.latestOfOrganisations(round.id, COUNTED))
        .map((r) => ({
          ...r,
          municipalityCode: '',
          municipalityName: '',
          organisationName: organisations.get(r.organisationId) ?? r.organisationId,
        }))
        .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'sv')),
    ];
    yield rows.flatMap((r) =>
      r.latest
        ? [
            {
              countyCode: round.countyCode,
              municipalityCode: r.municipalityCode,
              municipalityName: r.municipalityName,
              organisationName: r.organisationName,
              roundTitle: round.title,
              periodStart: round.periodStart,
              periodEnd: round.periodEnd,
              status: r.status,
              submission: r.latest.number,
              submittedAt: r.latest.submittedAt,
              late: r.late,
              taxonomy,
              document: r.latest.document,
            },
          ]
        : [],
    );
  }
}
