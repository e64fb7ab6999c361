import type { UserView } from '../../users/user.view';

/** What the list of users is narrowed to: words in the name or address, a role, a place, active or not. */
export interface UserFilters {
  q: string;
  role: string;
  place: string;
  status: string;
}

export const USER_FILTER_KEYS = ['q', 'role', 'place', 'status'] as const;

/** The users the filters keep; a place is a municipality's code (reporters) or a county's (staff). */
export function filterUsers(users: UserView[], filters: UserFilters): UserView[] {
  const words = filters.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return users.filter(
    (user) =>
      words.every((word) => `${user.name} ${user.email}`.toLowerCase().includes(word)) &&
      (filters.role === '' || user.role === filters.role) &&
      (filters.place === '' ||
        user.municipalityCode === filters.place ||
        (user.municipalityCode === null && user.countyCode === filters.place)) &&
      (filters.status === '' || (filters.status === 'active') === user.active),
  );
}
