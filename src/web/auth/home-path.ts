import type { Actor } from '../../access/actor';

/** Where a user lands after sign-in: the admin on the national overview, everyone else on their rounds. */
export function homePathOf(actor: Pick<Actor, 'role'>): string {
  return actor.role === 'admin' ? '/admin' : '/rounds';
}
