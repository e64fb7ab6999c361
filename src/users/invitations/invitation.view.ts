import type { UserView } from '../user.view';
import type { Invitation } from './invitation.entity';
import { InvitationStatus, invitationStatus } from './invitation-rules';

/** An invitation: who is invited, as what and where (as a user is described), and where it stands. */
export interface InvitationView extends Pick<
  UserView,
  'id' | 'email' | 'name' | 'role' | 'countyCode' | 'municipalityCode' | 'organisationId' | 'createdAt'
> {
  status: InvitationStatus;
  sentAt: string;
  expiresAt: string;
  /** Whether the link went out by e-mail; when not (no SMTP_URL), `link` is the one to hand over. */
  emailed: boolean;
  link?: string;
}

export function toInvitationView(
  invitation: Invitation,
  now: Date,
  delivery: { emailed: boolean; link?: string } = { emailed: false },
): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    countyCode: invitation.countyCode,
    municipalityCode: invitation.municipalityCode,
    organisationId: invitation.organisationId,
    status: invitationStatus(invitation, now),
    createdAt: invitation.createdAt.toISOString(),
    sentAt: invitation.sentAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    emailed: delivery.emailed,
    ...(delivery.link ? { link: delivery.link } : {}),
  };
}
