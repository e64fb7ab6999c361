export const ROUND_STATUSES = ['planned', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export type RoundMove = 'open' | 'close';

/** planned → open → closed, nothing else. Returns the new status, or null when the move is not allowed. */
export function nextRoundStatus(status: RoundStatus, move: RoundMove): RoundStatus | null {
  if (move === 'open' && status === 'planned') return 'open';
  if (move === 'close' && status === 'open') return 'closed';
  return null;
}
