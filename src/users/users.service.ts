import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canCreateUser } from '../access/access-policy';
import { hashPassword, passwordProblems } from './passwords';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/db-errors';
import { DomainError, ErrorCode, FieldError, forbidden, invalid, notFound } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { GeographyService } from '../geography/geography.service';
import { CreateUserDto } from './dto/create-user.dto';
import { Actor } from '../access/actor';
import { User } from './user.entity';
import { toUserView, UserView } from './user.view';

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

  /** Creates a user; `actor` null means the system itself (first start, command line). */
  async create(actor: Actor | null, dto: CreateUserDto): Promise<UserView> {
    const scope = await this.scopeOf(dto);
    if (actor && !canCreateUser(actor, { role: dto.role, countyCode: scope.countyCode })) {
      throw forbidden('forbidden.user_role');
    }
    const email = dto.email.trim().toLowerCase();
    const problems = passwordProblems(dto.password, email);
    if (problems.length > 0) throw invalid(problems.map((problem) => ({ path: 'password', ...problem })));
    const user = this.users.create({
      id: randomUUID(),
      email,
      name: dto.name.trim(),
      passwordHash: await hashPassword(dto.password),
      role: dto.role,
      countyCode: scope.countyCode,
      municipalityCode: scope.municipalityCode,
      createdAt: this.clock.now(),
    });
    try {
      await this.transactions.run(async (manager) => {
        await manager.insert(User, user);
        await this.audit.record(
          {
            actorId: actor?.id ?? null,
            action: 'user.create',
            subjectType: 'user',
            subjectId: user.id,
            countyCode: user.countyCode,
            detail: { role: user.role },
          },
          manager,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(ErrorCode.AlreadyExists, 'users.exists', [
          { path: 'email', code: 'email_taken' },
        ]);
      }
      throw error;
    }
    return toUserView(user);
  }

  async list(actor: Actor): Promise<UserView[]> {
    if (actor.role === 'admin') return (await this.users.find({ order: { email: 'ASC' } })).map(toUserView);
    if (actor.role === 'coordinator' && actor.countyCode) {
      const own = await this.users.find({ where: { countyCode: actor.countyCode }, order: { email: 'ASC' } });
      return own.map(toUserView);
    }
    throw forbidden();
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
  async reporterEmailsOf(municipalityCode: string): Promise<string[]> {
    const reporters = await this.users.find({
      where: { role: 'reporter', municipalityCode },
      select: { email: true },
      order: { email: 'ASC' },
    });
    return reporters.map((r) => r.email);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }

  /** A reporter belongs to a municipality (and so its county), staff to a county, admins to no place. */
  private async scopeOf(
    dto: CreateUserDto,
  ): Promise<{ countyCode: string | null; municipalityCode: string | null }> {
    const errors: FieldError[] = [];
    let scope: { countyCode: string | null; municipalityCode: string | null } = {
      countyCode: null,
      municipalityCode: null,
    };
    if (dto.role === 'reporter') {
      const municipality = await this.geography.findMunicipality(dto.municipalityCode ?? '');
      if (!municipality) errors.push({ path: 'municipalityCode', code: 'municipality_unknown' });
      else scope = { countyCode: municipality.countyCode, municipalityCode: municipality.code };
      if (dto.countyCode !== undefined && municipality && dto.countyCode !== municipality.countyCode) {
        errors.push({ path: 'countyCode', code: 'municipality_not_in_county' });
      }
    } else if (dto.role === 'analyst' || dto.role === 'coordinator') {
      const county = await this.geography.findCounty(dto.countyCode ?? '');
      if (!county) errors.push({ path: 'countyCode', code: 'county_unknown' });
      else scope = { countyCode: county.code, municipalityCode: null };
      if (dto.municipalityCode !== undefined) {
        errors.push({ path: 'municipalityCode', code: 'only_for_reporter' });
      }
    } else if (dto.municipalityCode !== undefined || dto.countyCode !== undefined) {
      errors.push({
        path: dto.countyCode !== undefined ? 'countyCode' : 'municipalityCode',
        code: 'not_for_admin',
      });
    }
    if (errors.length > 0) throw invalid(errors);
    return scope;
  }
}
