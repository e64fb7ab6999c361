import type { Actor, Role } from './actor';

/** How the acting user stands to an assessment's respondent: its own reporter, the county's staff, an admin or none. */
export type Standing = 'reporter' | 'county_reviewer' | 'admin' | 'outsider';

/** County staff are analysts and coordinators of that county. */
export function isCountyStaff(actor: Actor, countyCode: string): boolean {
  return (actor.role === 'analyst' || actor.role === 'coordinator') && actor.countyCode === countyCode;
}

/** May see that the county's rounds exist and read them: its staff, its reporters, admins. */
export function canSeeCounty(actor: Actor, countyCode: string): boolean {
  return actor.role === 'admin' || actor.countyCode === countyCode;
}

/** May see the round: anyone who sees its county, except that a planned round is not yet shown to reporters. */
export function canSeeRound(actor: Actor, round: { countyCode: string; status: string }): boolean {
  return canSeeCounty(actor, round.countyCode) && !(actor.role === 'reporter' && round.status === 'planned');
}

/** The county whose rounds a coordinator plans on the pages; admins plan rounds of any county through the API. */
export function countyToPlanOf(actor: Actor): string | null {
  return actor.role === 'coordinator' ? actor.countyCode : null;
}

/** Every county at once (the national overview, all rounds): admins only. */
export function canReadAllCounties(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** A respondent as the access rules see it: a municipality (by code) or an organisation (by id) of a county. */
export interface RespondentRef {
  kind: 'municipality' | 'organisation';
  key: string;
  countyCode: string;
}

/** A reporter answers for one respondent: their municipality, or their organisation. */
export function isReporterOf(actor: Actor, respondent: Pick<RespondentRef, 'kind' | 'key'>): boolean {
  if (actor.role !== 'reporter') return false;
  return respondent.kind === 'municipality'
    ? actor.municipalityCode === respondent.key
    : (actor.organisationId ?? null) === respondent.key;
}

/** May read one respondent's assessments: its own reporters, the county's staff, admins. */
export function canReadRespondent(actor: Actor, respondent: RespondentRef): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'reporter') return isReporterOf(actor, respondent);
  return isCountyStaff(actor, respondent.countyCode);
}

/** May read one municipality's assessments: that municipality's reporters, the county's staff, admins. */
export function canReadMunicipality(
  actor: Actor,
  municipality: { code: string; countyCode: string },
): boolean {
  return canReadRespondent(actor, {
    kind: 'municipality',
    key: municipality.code,
    countyCode: municipality.countyCode,
  });
}

/** The county picture and its reports are the county board's: its staff and admins, never reporters. */
export function canReadCountyPicture(actor: Actor, countyCode: string): boolean {
  return actor.role === 'admin' || isCountyStaff(actor, countyCode);
}

export function canManageRounds(actor: Actor, countyCode: string): boolean {
  return actor.role === 'admin' || (actor.role === 'coordinator' && actor.countyCode === countyCode);
}

/** A county's dialogue forums are planned by its coordinators and admins, and read by its staff. */
export function canPlanForums(actor: Actor, countyCode: string): boolean {
  return canManageRounds(actor, countyCode);
}

export function canReadForums(actor: Actor, countyCode: string): boolean {
  return actor.role === 'admin' || isCountyStaff(actor, countyCode);
}

/** A municipality's preparatory document for a forum is written by its reporters. */
export function canPrepareForum(actor: Actor, municipalityCode: string): boolean {
  return actor.role === 'reporter' && actor.municipalityCode === municipalityCode;
}

/** And read by them, by the forum's county staff and by admins. */
export function canReadPreparation(actor: Actor, countyCode: string, municipalityCode: string): boolean {
  return canPrepareForum(actor, municipalityCode) || canReadForums(actor, countyCode);
}

/** A group room's notes are written by the county's staff and by the reporters of the group's municipalities. */
export function canWriteGroupNotes(actor: Actor, countyCode: string, municipalityCodes: string[]): boolean {
  if (actor.role === 'reporter') return municipalityCodes.includes(actor.municipalityCode ?? '');
  return isCountyStaff(actor, countyCode);
}

/** And read by them and by admins. */
export function canReadGroupNotes(actor: Actor, countyCode: string, municipalityCodes: string[]): boolean {
  return actor.role === 'admin' || canWriteGroupNotes(actor, countyCode, municipalityCodes);
}

export function standingOf(actor: Actor, respondent: RespondentRef): Standing {
  if (isReporterOf(actor, respondent)) return 'reporter';
  if (isCountyStaff(actor, respondent.countyCode)) return 'county_reviewer';
  if (actor.role === 'admin') return 'admin';
  return 'outsider';
}

/** Admins create anyone; coordinators create reporters and analysts of their own county. */
export function canCreateUser(actor: Actor, target: { role: Role; countyCode: string | null }): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'coordinator') return false;
  return (target.role === 'reporter' || target.role === 'analyst') && target.countyCode === actor.countyCode;
}

/** Admins manage any account; coordinators the reporters and analysts of their own county. */
export function canManageUser(actor: Actor, target: { role: Role; countyCode: string | null }): boolean {
  return canCreateUser(actor, target);
}

/** The audit log of a county: its coordinators and admins; the whole log (county null): admins only. */
export function canReadAudit(actor: Actor, countyCode: string | null): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'coordinator' && countyCode !== null && actor.countyCode === countyCode;
}

/**
 * The archive of every submitted assessment: a county's for its staff and admins; the whole country's (county null)
 * for admins only.
 */
export function canExportArchive(actor: Actor, countyCode: string | null): boolean {
  if (actor.role === 'admin') return true;
  return countyCode !== null && isCountyStaff(actor, countyCode);
}
