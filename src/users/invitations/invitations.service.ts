import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { canCreateUser, canManageUser } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DomainError, ErrorCode, forbidden, invalid, notFound } from '../../common/domain-error';
import { AppConfig } from '../../config/app-config';
import { Transactions } from '../../database/transactions';
import { GeographyService } from '../../geography/geography.service';
import { accountMail } from '../../mail/account-mail';
import { Mailer } from '../../mail/mailer';
import { hashToken, newToken } from '../../common/tokens';
import type { User } from '../user.entity';
import { UsersService } from '../users.service';
import { passwordProblems } from '../passwords';
import { Invitation } from './invitation.entity';
import { canResend, invitationStatus, revealsTakenAddress } from './invitation-rules';
import { InvitationView, toInvitationView } from './invitation.view';

/** Who is invited, and as what: a new account's details without a password. */
export interface InvitationRequest {
  email: string;
  name: string;
  role: User['role'];
  municipalityCode?: string;
  organisationId?: string;
  countyCode?: string;
}

const linkGone = () => new DomainError(ErrorCode.NotFound, 'invitations.link_gone');
/** An invitation already used or taken back cannot be sent again or taken back. */
const closed = () => new DomainError(ErrorCode.InvalidTransition, 'invitations.closed');

/**
 * Invitations: a new account is proposed by an admin or a coordinator, and made when the invited person chooses their
 * password through a link that works once and expires. Without SMTP the inviter is given the link to hand over.
 */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    private readonly users: UsersService,
    private readonly geography: GeographyService,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Invites a new user. An address already taken is said to be only where the inviter sees its account anyway; to a
   * coordinator, an address taken elsewhere gets an invitation like any other, and its holder an e-mail saying why it
   * cannot be used.
   */
  async invite(actor: Actor, request: InvitationRequest): Promise<InvitationView> {
    const scope = await this.users.resolveScope(request);
    if (!canCreateUser(actor, { role: request.role, countyCode: scope.countyCode })) {
      throw forbidden('forbidden.user_role');
    }
    const email = request.email.trim().toLowerCase();
    const holder = await this.users.findByEmail(email);
    if (holder && revealsTakenAddress(actor, holder)) throw this.users.emailTaken();
    const waiting = await this.invitations.findBy({
      email,
      countyCode: scope.countyCode ?? IsNull(),
      acceptedAt: IsNull(),
      withdrawnAt: IsNull(),
    });
    if (waiting.some((w) => invitationStatus(w, this.clock.now()) === 'pending')) {
      throw new DomainError(ErrorCode.AlreadyExists, 'invitations.pending', [
        { path: 'email', code: 'invitation_pending' },
      ]);
    }
    const now = this.clock.now();
    const token = newToken();
    const invitation = this.invitations.create({
      id: randomUUID(),
      email,
      name: request.name.trim(),
      role: request.role,
      ...scope,
      invitedBy: actor.id,
      tokenHash: hashToken(token),
      createdAt: now,
      sentAt: now,
      expiresAt: this.expiryFrom(now),
      acceptedAt: null,
      userId: null,
      withdrawnAt: null,
    });
    await this.transactions.run(async (manager) => {
      await manager.insert(Invitation, invitation);
      await this.record(actor, 'invitation.create', invitation, manager);
    });
    return toInvitationView(invitation, now, await this.deliver(actor, invitation, token, holder !== null));
  }

  /** A new link for an invitation not yet used; the one before stops working. */
  async resend(actor: Actor, id: string): Promise<InvitationView> {
    const invitation = await this.manageable(actor, id);
    const now = this.clock.now();
    if (!canResend(invitationStatus(invitation, now))) throw closed();
    const token = newToken();
    const changes = { tokenHash: hashToken(token), sentAt: now, expiresAt: this.expiryFrom(now) };
    await this.transactions.run(async (manager) => {
      await manager.update(Invitation, { id }, changes);
      await this.record(actor, 'invitation.resend', invitation, manager);
    });
    const updated = { ...invitation, ...changes };
    const taken = (await this.users.findByEmail(invitation.email)) !== null;
    return toInvitationView(updated, now, await this.deliver(actor, updated, token, taken));
  }

  /** Takes an invitation back: its link stops working. */
  async withdraw(actor: Actor, id: string): Promise<InvitationView> {
    const invitation = await this.manageable(actor, id);
    const now = this.clock.now();
    if (!canResend(invitationStatus(invitation, now))) throw closed();
    await this.transactions.run(async (manager) => {
      await manager.update(Invitation, { id }, { withdrawnAt: now });
      await this.record(actor, 'invitation.withdraw', invitation, manager);
    });
    return toInvitationView({ ...invitation, withdrawnAt: now }, now);
  }

  /** Invitations not yet used or taken back that the actor may manage: a coordinator's county's, or all for admins. */
  async list(actor: Actor): Promise<InvitationView[]> {
    if (actor.role !== 'admin' && actor.role !== 'coordinator') throw forbidden();
    const open = await this.invitations.find({
      where: {
        acceptedAt: IsNull(),
        withdrawnAt: IsNull(),
        ...(actor.role === 'admin' ? {} : { countyCode: actor.countyCode ?? '' }),
      },
      order: { createdAt: 'DESC' },
    });
    const now = this.clock.now();
    return open.filter((i) => canManageUser(actor, i)).map((i) => toInvitationView(i, now));
  }

  findByIds(ids: string[]): Promise<Invitation[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.invitations.findBy({ id: In(ids) });
  }

  /** The invitation behind a link, while the link still works; null otherwise. */
  async pendingByToken(token: string): Promise<Invitation | null> {
    const invitation = await this.invitations.findOneBy({ tokenHash: hashToken(token) });
    if (!invitation || invitationStatus(invitation, this.clock.now()) !== 'pending') return null;
    return invitation;
  }

  /** Makes the invited account with the chosen password; the link works this once. */
  async accept(token: string, password: string): Promise<User> {
    const invitation = await this.pendingByToken(token);
    if (!invitation) throw linkGone();
    const problems = passwordProblems(password, invitation.email);
    if (problems.length > 0) throw invalid(problems.map((p) => ({ path: 'password', ...p })));
    if (await this.users.findByEmail(invitation.email)) throw linkGone();
    const now = this.clock.now();
    return this.transactions.run(async (manager) => {
      const used = await manager.update(
        Invitation,
        { id: invitation.id, tokenHash: invitation.tokenHash, acceptedAt: IsNull() },
        { acceptedAt: now },
      );
      if (used.affected !== 1) throw linkGone();
      const user = await this.users.insertAccount(manager, invitation, password, invitation.invitedBy);
      await manager.update(Invitation, { id: invitation.id }, { userId: user.id });
      await this.record({ id: user.id }, 'invitation.accept', invitation, manager);
      return user;
    });
  }

  private async manageable(actor: Actor, id: string): Promise<Invitation> {
    const invitation = await this.invitations.findOneBy({ id });
    if (!invitation || !canManageUser(actor, invitation)) throw notFound('not_found.invitation');
    return invitation;
  }

  private expiryFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.INVITATION_DAYS * 24 * 3_600_000);
  }

  /**
   * Sends the link, or tells the holder of an address already taken why it cannot be used. Without SMTP the inviter
   * gets the link to hand over (for a taken address, a link that will not work: the answer is the same).
   */
  private async deliver(
    actor: Actor,
    invitation: Invitation,
    token: string,
    taken: boolean,
  ): Promise<{ emailed: boolean; link?: string }> {
    const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/invitation/${token}`;
    if (!this.mailer.enabled) return { emailed: false, link };
    const inviter = await this.users.findById(actor.id);
    const facts = {
      name: invitation.name,
      inviter: inviter?.name ?? '',
      role: invitation.role,
      place: await this.placeOf(invitation),
      expires: invitation.expiresAt,
      link,
    };
    try {
      await this.mailer.send({
        to: [invitation.email],
        ...accountMail(taken ? 'invitationTaken' : 'invitation', facts),
      });
      return { emailed: true };
    } catch (error) {
      this.logger.warn(`The invitation ${invitation.id} could not be sent: ${String(error)}`);
      return { emailed: false, link };
    }
  }

  private async placeOf(invitation: Invitation): Promise<string> {
    if (invitation.municipalityCode) {
      return (await this.geography.findMunicipality(invitation.municipalityCode))?.name ?? '';
    }
    if (invitation.organisationId) {
      return (await this.geography.findOrganisation(invitation.organisationId))?.name ?? '';
    }
    if (invitation.countyCode) return (await this.geography.findCounty(invitation.countyCode))?.name ?? '';
    return 'Lägesbild';
  }

  private record(actor: { id: string }, action: string, invitation: Invitation, manager: EntityManager) {
    return this.audit.record(
      {
        actorId: actor.id,
        action,
        subjectType: 'invitation',
        subjectId: invitation.id,
        countyCode: invitation.countyCode,
        detail: { role: invitation.role },
      },
      manager,
    );
  }
}
