/** Where an invitation stands: waiting for its link to be used, past its time, used, or taken back. */
export type InvitationStatus = 'pending' | 'expired' | 'accepted' | 'withdrawn';

export interface InvitationTimes {
  expiresAt: Date;
  acceptedAt: Date | null;
  withdrawnAt: Date | null;
}

export function invitationStatus(invitation: InvitationTimes, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.withdrawnAt) return 'withdrawn';
  return now.getTime() < invitation.expiresAt.getTime() ? 'pending' : 'expired';
}

/** An invitation can be sent again while it has not been used or taken back. */
export const canResend = (status: InvitationStatus): boolean => status === 'pending' || status === 'expired';

/** Whether a coordinator's new invitation may say that the address is taken: only within what they already see. */
export function revealsTakenAddress(
  inviter: { role: string; countyCode: string | null },
  holder: { countyCode: string | null },
): boolean {
  return inviter.role === 'admin' || (holder.countyCode !== null && holder.countyCode === inviter.countyCode);
}
