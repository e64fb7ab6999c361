import type { Role } from '../access/actor';
import type { FieldError } from '../common/domain-error';

/** What about an account decides what its holder may reach. */
export interface AccountState {
  role: Role;
  countyCode: string | null;
  municipalityCode: string | null;
  /** A reporter answers for a municipality or, instead, for one of the county's organisations. */
  organisationId: string | null;
  active: boolean;
}

/** The scope a role asks for, before the codes are looked up: which code it needs and which it must not have. */
export interface ScopeRequest {
  role: Role;
  municipalityCode?: string | null;
  organisationId?: string | null;
  countyCode?: string | null;
}

/**
 * The scope an edited account asks for: what the edit says, and otherwise what the account had, as long as it still
 * fits the (possibly new) role. A reporter keeps its municipality and staff their county; nothing else carries over.
 */
export function requestedScope(
  current: AccountState,
  edit: { role?: Role; municipalityCode?: string; organisationId?: string; countyCode?: string },
): ScopeRequest {
  const role = edit.role ?? current.role;
  const keepsMunicipality = role === 'reporter' && current.role === 'reporter';
  const isStaff = (r: Role) => r === 'analyst' || r === 'coordinator';
  const keepsCounty = isStaff(role) && isStaff(current.role);
  // A reporter given a new place keeps no part of the old one: a municipality or an organisation, not both.
  const newPlace = edit.municipalityCode !== undefined || edit.organisationId !== undefined;
  const kept = keepsMunicipality && !newPlace;
  return {
    role,
    municipalityCode: edit.municipalityCode ?? (kept ? current.municipalityCode : undefined),
    organisationId: edit.organisationId ?? (kept ? current.organisationId : undefined),
    countyCode: edit.countyCode ?? (keepsCounty ? current.countyCode : undefined),
  };
}

/** Whether a change must end the account's tokens and sessions at once: anything that changes what it may reach. */
export function endsAccess(before: AccountState, after: AccountState): boolean {
  return (
    before.role !== after.role ||
    before.countyCode !== after.countyCode ||
    before.municipalityCode !== after.municipalityCode ||
    before.organisationId !== after.organisationId ||
    (before.active && !after.active)
  );
}

/** No one takes away their own access by an edit: not their role, their place or the account itself. */
export function ownAccountProblems(before: AccountState, after: AccountState): FieldError[] {
  const problems: FieldError[] = [];
  if (before.role !== after.role) problems.push({ path: 'role', code: 'own_account' });
  if (
    before.countyCode !== after.countyCode ||
    before.municipalityCode !== after.municipalityCode ||
    before.organisationId !== after.organisationId
  ) {
    problems.push({
      path: after.role === 'reporter' ? 'municipalityCode' : 'countyCode',
      code: 'own_account',
    });
  }
  if (!after.active) problems.push({ path: 'active', code: 'own_account' });
  return problems;
}

/** The names of the fields an edit changed, for the audit log. */
export function changedFields(
  before: AccountState & { name: string },
  after: AccountState & { name: string },
): string[] {
  return (['name', 'role', 'countyCode', 'municipalityCode', 'organisationId', 'active'] as const).filter(
    (key) => before[key] !== after[key],
  );
}
