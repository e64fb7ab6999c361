import type { Standing } from '../assessments/workflow';
import type { Actor, Role } from '../users/role';

/** County staff are analysts and coordinators of that county. */
export function isCountyStaff(actor: Actor, countyCode: string): boolean {
  return (actor.role === 'analyst' || actor.role === 'coordinator') && actor.countyCode === countyCode;
}

/** May see that the county's rounds exist and read them: its staff, its reporters, admins. */
export function canSeeCounty(actor: Actor, countyCode: string): boolean {
  return actor.role === 'admin' || actor.countyCode === countyCode;
}

/** May read one municipality's assessments: that municipality's reporters, the county's staff, admins. */
export function canReadMunicipality(
  actor: Actor,
  municipality: { code: string; countyCode: string },
): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'reporter') return actor.municipalityCode === municipality.code;
  return isCountyStaff(actor, municipality.countyCode);
}

/** The county picture and its reports are the county board's: its staff and admins, never reporters. */
export function canReadCountyPicture(actor: Actor, countyCode: string): boolean {
  return actor.role === 'admin' || isCountyStaff(actor, countyCode);
}

export function canManageRounds(actor: Actor, countyCode: string): boolean {
  return actor.role === 'admin' || (actor.role === 'coordinator' && actor.countyCode === countyCode);
}

export function standingOf(actor: Actor, municipality: { code: string; countyCode: string }): Standing {
  if (actor.role === 'reporter' && actor.municipalityCode === municipality.code)
    return 'municipality_reporter';
  if (isCountyStaff(actor, municipality.countyCode)) return 'county_reviewer';
  if (actor.role === 'admin') return 'admin';
  return 'outsider';
}

/** Admins create anyone; coordinators create reporters and analysts of their own county. */
export function canCreateUser(actor: Actor, target: { role: Role; countyCode: string | null }): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'coordinator') return false;
  return (target.role === 'reporter' || target.role === 'analyst') && target.countyCode === actor.countyCode;
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
