import type { Municipality } from '../geography/municipality.entity';
import type { Organisation } from '../geography/organisation.entity';
import { isUuid } from '../common/ids';

/**
 * Who answers an assessment: one of the county's municipalities, or one of its organisations that the round asks.
 * `key` is the municipality's code or the organisation's id, as the routes name it.
 */
export type Respondent =
  | { kind: 'municipality'; key: string; name: string; countyCode: string; municipality: Municipality }
  | { kind: 'organisation'; key: string; name: string; countyCode: string; organisation: Organisation };

export type RespondentKind = Respondent['kind'];

export const municipalityRespondent = (municipality: Municipality): Respondent => ({
  kind: 'municipality',
  key: municipality.code,
  name: municipality.name,
  countyCode: municipality.countyCode,
  municipality,
});

export const organisationRespondent = (organisation: Organisation): Respondent => ({
  kind: 'organisation',
  key: organisation.id,
  name: organisation.name,
  countyCode: organisation.countyCode,
  organisation,
});

/** What a route's key names: an organisation's id, or else a municipality's code. */
export const kindOfKey = (key: string): RespondentKind => (isUuid(key) ? 'organisation' : 'municipality');

/** The columns that place an assessment with its respondent: exactly one of the two is set. */
export interface RespondentColumns {
  municipalityCode: string | null;
  organisationId: string | null;
}

export function respondentColumns(respondent: Pick<Respondent, 'kind' | 'key'>): RespondentColumns {
  return respondent.kind === 'municipality'
    ? { municipalityCode: respondent.key, organisationId: null }
    : { municipalityCode: null, organisationId: respondent.key };
}

/** The respondent as an audit entry names it: by municipality code or by organisation id, whichever it is. */
export const respondentDetail = (respondent: Pick<Respondent, 'kind' | 'key'>): Record<string, string> =>
  respondent.kind === 'municipality'
    ? { municipalityCode: respondent.key }
    : { organisationId: respondent.key };
