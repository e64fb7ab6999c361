import type { Role } from '../access/actor';
import type { User } from './user.entity';

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  countyCode: string | null;
  municipalityCode: string | null;
  /** The organisation a reporter answers for instead of a municipality. */
  organisationId: string | null;
  active: boolean;
  createdAt: string;
}

export function toUserView(user: Omit<User, 'tokenVersion'>): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    countyCode: user.countyCode,
    municipalityCode: user.municipalityCode,
    organisationId: user.organisationId,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
  };
}
