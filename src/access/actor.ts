export const ROLES = ['reporter', 'analyst', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: what every access rule needs to know about a signed-in user. */
export interface Actor {
  id: string;
  role: Role;
  countyCode: string | null;
  municipalityCode: string | null;
  /** An organisation's reporter answers for it instead of a municipality; absent or null for everyone else. */
  organisationId?: string | null;
}

/** The access-relevant part of a user. */
export function actorOf(user: Actor): Actor {
  return {
    id: user.id,
    role: user.role,
    countyCode: user.countyCode,
    municipalityCode: user.municipalityCode,
    organisationId: user.organisationId ?? null,
  };
}
