import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canCreateUser, canManageUser } from '../access/access-policy';
import {
  AccountState,
  changedFields,
  endsAccess,
  ownAccountProblems,
  requestedScope,
  ScopeRequest,
} from './account-rules';
import { hashPassword, passwordProblems } from './passwords';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/db-errors';
import { DomainError, ErrorCode, FieldError, forbidden, invalid, notFound } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { GeographyService } from '../geography/geography.service';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { Actor } from '../access/actor';
import { User } from './user.entity';
import { toUserView, UserView } from './user.view';

/** Where an account belongs: what its county, municipality or organisation lets it reach. */
export interface AccountScope {
  countyCode: string | null;
  municipalityCode: string | null;
  organisationId: string | null;
}

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly geography: GeographyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly transactions: Transactions,
  ) {}

  /** With no user at all, creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD. */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = this.config;
    if (!email || !password) {
      this.logger.warn('No users exist; set ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin');
      return;
    }
    const admin = await this.create(null, { email, name: 'Administratör', password, role: 'admin' });
    this.logger.log(`Created the first admin ${admin.id}`);
  }

  /**
   * Creates a user with a password; `actor` null means the system itself (first start, command line). Only admins set
   * another person's password: everyone else is invited and chooses their own.
   */
  async create(actor: Actor | null, dto: CreateUserDto & { password: string }): Promise<UserView> {
    const scope = await this.resolveScope(dto);
    if (actor && !canCreateUser(actor, { role: dto.role, countyCode: scope.countyCode })) {
      throw forbidden('forbidden.user_role');
    }
    if (actor && actor.role !== 'admin') throw forbidden('forbidden.set_password');
    const email = dto.email.trim().toLowerCase();
    const problems = passwordProblems(dto.password, email);
    if (problems.length > 0) throw invalid(problems.map((problem) => ({ path: 'password', ...problem })));
    const details = { email, name: dto.name, role: dto.role, ...scope };
    const user = await this.transactions.run((manager) =>
      this.insertAccount(manager, details, dto.password, actor?.id ?? null),
    );
    return toUserView(user);
  }

  /** Inserts a new account with its chosen password, and logs who made it; a taken address is refused. */
  async insertAccount(
    manager: EntityManager,
    details: Pick<User, 'email' | 'name' | 'role' | 'countyCode' | 'municipalityCode' | 'organisationId'>,
    password: string,
    actorId: string | null,
  ): Promise<User> {
    const user = this.users.create({
      id: randomUUID(),
      email: details.email.trim().toLowerCase(),
      name: details.name.trim(),
      passwordHash: await hashPassword(password),
      role: details.role,
      countyCode: details.countyCode,
      municipalityCode: details.municipalityCode,
      organisationId: details.organisationId,
      active: true,
      tokenVersion: 0,
      totpSecret: null,
      totpPending: null,
      totpLastStep: null,
      totpRecovery: null,
      createdAt: this.clock.now(),
    });
    try {
      await manager.insert(User, user);
    } catch (error) {
      if (isUniqueViolation(error)) throw this.emailTaken();
      throw error;
    }
    await this.audit.record(
      {
        actorId,
        action: 'user.create',
        subjectType: 'user',
        subjectId: user.id,
        countyCode: user.countyCode,
        detail: { role: user.role },
      },
      manager,
    );
    return user;
  }

  emailTaken(): DomainError {
    return new DomainError(ErrorCode.AlreadyExists, 'users.exists', [{ path: 'email', code: 'email_taken' }]);
  }

  /**
   * Changes an account's name, role, place or whether it is active. Anything that changes what the account may reach
   * ends its bearer tokens and page sessions at once. A coordinator sees only their county's reporters and analysts:
   * any other account answers as if it did not exist.
   */
  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserView> {
    if (dto.name !== undefined && dto.name.trim() === '') throw invalid([{ path: 'name', code: 'empty' }]);
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(User);
      const user = await repository.findOneBy({ id });
      if (!user || (user.id !== actor.id && !canManageUser(actor, user))) throw notFound('not_found.user');
      const scope = await this.resolveScope(requestedScope(user, dto));
      const after = {
        name: dto.name?.trim() ?? user.name,
        role: dto.role ?? user.role,
        ...scope,
        active: dto.active ?? user.active,
      };
      if (user.id === actor.id) {
        const problems = ownAccountProblems(user, after);
        if (problems.length > 0) throw invalid(problems);
      } else if (!canManageUser(actor, after)) throw forbidden('forbidden.user_role');
      const changed = changedFields(user, after);
      if (changed.length === 0) return toUserView(user);
      const ends = endsAccess(user, after);
      await repository.update(
        { id },
        { ...after, ...(ends ? { tokenVersion: () => 'token_version + 1' } : {}) },
      );
      await this.audit.record(
        {
          actorId: actor.id,
          action: accountAction(user, after),
          subjectType: 'user',
          subjectId: user.id,
          countyCode: after.countyCode ?? user.countyCode,
          detail: { changed: changed.join(','), role: after.role },
        },
        manager,
      );
      return toUserView({ ...user, ...after });
    });
  }

  /** Ends every bearer token and page session of the account, from now on. */
  async endAccess(userId: string, manager?: EntityManager): Promise<void> {
    if (!manager) return this.transactions.run((own) => this.endAccess(userId, own));
    await manager.getRepository(User).increment({ id: userId }, 'tokenVersion', 1);
  }

  /** Sets a new password (already checked against the rules) and ends every token and session given before it. */
  async setPassword(userId: string, password: string, manager: EntityManager): Promise<void> {
    await manager
      .getRepository(User)
      .update(
        { id: userId },
        { passwordHash: await hashPassword(password), tokenVersion: () => 'token_version + 1' },
      );
  }

  /**
   * Records that a code of this time step was accepted, unless one of the same or a later step was already: a second
   * sign-in with the same code (even at the same moment) is refused.
   */
  async useTotpStep(userId: string, step: number): Promise<boolean> {
    const result = await this.transactions.run((manager) =>
      manager
        .createQueryBuilder()
        .update(User)
        .set({ totpLastStep: step })
        .where('id = :userId AND (totp_last_step IS NULL OR totp_last_step < :step)', { userId, step })
        .execute(),
    );
    return result.affected === 1;
  }

  /** Uses up a recovery code: the list is replaced only if no one else changed it meanwhile. */
  async useRecoveryCode(user: User, remaining: string[]): Promise<boolean> {
    const result = await this.transactions.run((manager) =>
      manager
        .createQueryBuilder()
        .update(User)
        .set({ totpRecovery: remaining })
        .where('id = :id AND totp_recovery = :before', {
          id: user.id,
          before: JSON.stringify(user.totpRecovery),
        })
        .execute(),
    );
    return result.affected === 1;
  }

  /** Sets the second-factor fields of an account (enrolment, switching it on or off). */
  async setSecondFactor(
    userId: string,
    fields: Partial<Pick<User, 'totpSecret' | 'totpPending' | 'totpLastStep' | 'totpRecovery'>>,
    manager?: EntityManager,
  ): Promise<void> {
    if (!manager) return this.transactions.run((own) => this.setSecondFactor(userId, fields, own));
    await manager.getRepository(User).update({ id: userId }, fields);
  }

  async list(actor: Actor): Promise<UserView[]> {
    if (actor.role === 'admin') return (await this.users.find({ order: { email: 'ASC' } })).map(toUserView);
    if (actor.role === 'coordinator' && actor.countyCode) {
      const own = await this.users.find({ where: { countyCode: actor.countyCode }, order: { email: 'ASC' } });
      return own.map(toUserView);
    }
    throw forbidden();
  }

  /** One account, as those who may manage it see it (and its holder); to anyone else it does not exist. */
  async viewFor(actor: Actor, id: string): Promise<UserView> {
    const user = await this.findById(id);
    if (!user || (user.id !== actor.id && !canManageUser(actor, user))) throw notFound('not_found.user');
    return toUserView(user);
  }

  async view(id: string): Promise<UserView> {
    const user = await this.findById(id);
    if (!user) throw notFound('not_found.user');
    return toUserView(user);
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  findByIds(ids: string[]): Promise<User[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.users.findBy({ id: In(ids) });
  }

  /** The e-mail addresses of the municipality's reporters, in order: who its reminders go to. */
  /** The addresses of a respondent's reporters: a municipality's (by code) or an organisation's (by id). */
  async reporterEmailsOf(respondent: {
    kind: 'municipality' | 'organisation';
    key: string;
  }): Promise<string[]> {
    const reporters = await this.users.find({
      where:
        respondent.kind === 'municipality'
          ? { role: 'reporter', municipalityCode: respondent.key }
          : { role: 'reporter', organisationId: respondent.key },
      select: { email: true },
      order: { email: 'ASC' },
    });
    return reporters.map((r) => r.email);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  /**
   * A reporter belongs to a municipality or one of the county's active organisations (and so to its county), staff to
   * a county, admins to no place.
   */
  async resolveScope(dto: ScopeRequest): Promise<AccountScope> {
    const errors: FieldError[] = [];
    let scope: AccountScope = { countyCode: null, municipalityCode: null, organisationId: null };
    const given = (code: string | null | undefined): code is string => code !== undefined && code !== null;
    if (dto.role === 'reporter' && given(dto.organisationId)) {
      const organisation = await this.geography.findOrganisation(dto.organisationId);
      if (!organisation || !organisation.active)
        errors.push({
          path: 'organisationId',
          code: 'organisation_unknown',
          params: { value: dto.organisationId },
        });
      else
        scope = {
          countyCode: organisation.countyCode,
          municipalityCode: null,
          organisationId: organisation.id,
        };
      if (given(dto.municipalityCode))
        errors.push({ path: 'municipalityCode', code: 'municipality_or_organisation' });
      if (given(dto.countyCode) && organisation && dto.countyCode !== organisation.countyCode) {
        errors.push({ path: 'countyCode', code: 'organisation_not_in_county' });
      }
    } else if (dto.role === 'reporter') {
      const municipality = given(dto.municipalityCode)
        ? await this.geography.findMunicipality(dto.municipalityCode)
        : null;
      if (!given(dto.municipalityCode)) errors.push({ path: 'municipalityCode', code: 'municipality_code' });
      else if (!municipality) errors.push({ path: 'municipalityCode', code: 'municipality_unknown' });
      else
        scope = {
          countyCode: municipality.countyCode,
          municipalityCode: municipality.code,
          organisationId: null,
        };
      if (given(dto.countyCode) && municipality && dto.countyCode !== municipality.countyCode) {
        errors.push({ path: 'countyCode', code: 'municipality_not_in_county' });
      }
    } else if (dto.role === 'analyst' || dto.role === 'coordinator') {
      const county = given(dto.countyCode) ? await this.geography.findCounty(dto.countyCode) : null;
      if (!given(dto.countyCode)) errors.push({ path: 'countyCode', code: 'county_code_for_staff' });
      else if (!county) errors.push({ path: 'countyCode', code: 'county_unknown' });
      else scope = { countyCode: county.code, municipalityCode: null, organisationId: null };
      if (given(dto.municipalityCode) || given(dto.organisationId)) {
        errors.push({
          path: given(dto.municipalityCode) ? 'municipalityCode' : 'organisationId',
          code: 'only_for_reporter',
        });
      }
    } else if (given(dto.municipalityCode) || given(dto.countyCode) || given(dto.organisationId)) {
      errors.push({
        path: given(dto.countyCode)
          ? 'countyCode'
          : given(dto.municipalityCode)
            ? 'municipalityCode'
            : 'organisationId',
        code: 'not_for_admin',
      });
    }
    if (errors.length > 0) throw invalid(errors);
    return scope;
  }
}

/** The audit log's word for an edit: turning an account off or on says so; anything else is an update. */
function accountAction(before: AccountState, after: AccountState): string {
  if (before.active !== after.active) return after.active ? 'user.reactivate' : 'user.deactivate';
  return 'user.update';
}
