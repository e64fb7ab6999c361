import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AssessmentRepository } from '../assessments/assessment.repository';
import { AuditService } from '../audit/audit.service';
import { canManageRounds, canReadCountyPicture } from '../access/access-policy';
import { Clock } from '../common/clock';
import { UsersService } from '../users/users.service';
import { stockholmDate } from '../common/dates';
import { isUniqueViolation } from '../common/db-errors';
import { DomainError, ErrorCode, forbidden } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { Leases } from '../jobs/leases.service';
import { GeographyService } from '../geography/geography.service';
import { Round } from '../rounds/round.entity';
import { reminderPlanOf } from '../rounds/round-rules';
import { RoundsService } from '../rounds/rounds.service';
import type { Actor } from '../access/actor';
import { dueStep, ReminderKind, reminderKind, reminderMail, stepName } from './reminder-rules';
import { Reminder } from './reminder.entity';
import { Mailer } from '../mail/mailer';
import { kindOfKey, respondentColumns, respondentDetail } from '../assessments/respondent';
import type { AssessmentStatus } from '../assessments/workflow';

export interface ReminderView {
  /** The municipality reminded, or null when it is an organisation (`organisationId`). */
  municipalityCode: string | null;
  organisationId: string | null;
  step: string;
  kind: ReminderKind;
  status: Reminder['status'];
  recipients: string[];
  sentAt: string | null;
}

const toView = (r: Reminder): ReminderView => ({
  ...respondentColumns({ kind: kindOfKey(r.respondentKey), key: r.respondentKey }),
  step: r.step,
  kind: r.kind,
  status: r.status,
  recipients: r.recipients ? r.recipients.split(',') : [],
  sentAt: r.sentAt?.toISOString() ?? null,
});

/**
 * Deadline reminders. On a schedule, each open round's due step of its plan is sent to every municipality, and every
 * organisation the round asks, that has not submitted or whose assessment was returned (with the county's comment). Each step reaches a municipality once,
 * across restarts and instances: the reminder row is inserted before the mail is sent, under a unique key.
 */
@Injectable()
export class RemindersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RemindersService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
    private readonly users: UsersService,
    private readonly geography: GeographyService,
    private readonly mailer: Mailer,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly leases: Leases,
    private readonly assessmentRows: AssessmentRepository,
  ) {}

  /** Whether e-mail is set up (SMTP_URL). */
  get enabled(): boolean {
    return this.mailer.enabled;
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.REMINDER_INTERVAL_SECONDS;
    if (!this.mailer.enabled || seconds === 0) return;
    this.timer = setInterval(() => {
      this.running = this.running.then(() =>
        this.sendDue().catch((error: unknown) => this.logger.error(`Reminders failed: ${String(error)}`)),
      );
    }, seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Sends every open round's due step; what was sent before, here or by another instance, is not sent again. */
  async sendDue(): Promise<ReminderView[]> {
    if (!this.mailer.enabled) return [];
    const today = stockholmDate(this.clock.now());
    const open = await this.rounds.openRounds();
    const sent: ReminderView[] = [];
    for (const round of open) {
      const days = dueStep(reminderPlanOf(round), round.deadline, today);
      if (days !== null) sent.push(...(await this.remind(round, stepName(days), null)));
    }
    return sent;
  }

  /** A coordinator's reminder now, to every municipality of the round that has not submitted or was returned. */
  async sendNow(actor: Actor, roundId: string): Promise<ReminderView[]> {
    const round = await this.rounds.findVisible(actor, roundId);
    if (!canManageRounds(actor, round.countyCode)) throw forbidden('forbidden.reminders_send');
    if (round.status !== 'open') throw new DomainError(ErrorCode.RoundNotOpen, 'round.not_open');
    if (!this.mailer.enabled) throw new DomainError(ErrorCode.InvalidTransition, 'reminders.no_mail');
    await this.requireCooledDown(round.id);
    return this.remind(round, `now-${this.clock.now().toISOString()}-${randomUUID().slice(0, 8)}`, actor.id);
  }

  /**
   * One reminder now per round within REMINDER_COOLDOWN_MINUTES, whoever asks and on whichever instance: the
   * cooldown is a lease on the round that is never given back, only left to expire.
   */
  private async requireCooledDown(roundId: string): Promise<void> {
    const cooldownMs = this.config.REMINDER_COOLDOWN_MINUTES * 60_000;
    if (cooldownMs === 0) return;
    const now = () => this.clock.now();
    if (await this.leases.claim(`reminder-now:${roundId}`, cooldownMs, now)) return;
    const until = await this.leases.expiry(`reminder-now:${roundId}`, now);
    const seconds = Math.max(1, Math.ceil(((until?.getTime() ?? 0) - now().getTime()) / 1000));
    throw new DomainError(
      ErrorCode.LimitReached,
      { code: 'reminders.cooldown', params: { minutes: Math.ceil(seconds / 60) } },
      [],
      { retryAfterSeconds: seconds },
    );
  }

  async list(actor: Actor, roundId: string): Promise<ReminderView[]> {
    const round = await this.rounds.findVisible(actor, roundId);
    if (!canReadCountyPicture(actor, round.countyCode)) throw forbidden('forbidden.reminders_read');
    const rows = await this.dataSource
      .getRepository(Reminder)
      .find({ where: { roundId: round.id }, order: { createdAt: 'ASC', respondentKey: 'ASC' } });
    return rows.map(toView);
  }

  private async remind(round: Round, step: string, actorId: string | null): Promise<ReminderView[]> {
    const sent: ReminderView[] = [];
    for (const { respondent, name, assessment } of await this.respondentsOf(round)) {
      const kind = reminderKind(assessment?.status ?? 'not_started');
      if (!kind) continue;
      const recipients = await this.users.reporterEmailsOf(respondent);
      const row = this.dataSource.getRepository(Reminder).create({
        id: randomUUID(),
        roundId: round.id,
        respondentKey: respondent.key,
        step,
        kind,
        status: recipients.length > 0 ? 'sending' : 'no_recipient',
        recipients: recipients.join(','),
        createdAt: this.clock.now(),
        sentAt: null,
      });
      try {
        await this.transactions.run((manager) => manager.insert(Reminder, row));
      } catch (error) {
        if (isUniqueViolation(error)) continue; // this step already went out to this respondent
        throw error;
      }
      if (row.status === 'sending') await this.deliver(round, row, name, assessment?.id ?? null, actorId);
      sent.push(toView(row));
    }
    return sent;
  }

  /** The round's municipalities, then the organisations it asks, each with its assessment's standing if it has one. */
  private async respondentsOf(round: Round) {
    const municipalities = await this.geography.municipalitiesOfCounty(round.countyCode);
    const asked = new Set(round.organisationIds ?? []);
    const organisations = (await this.geography.organisationsOfCounty(round.countyCode)).filter((o) =>
      asked.has(o.id),
    );
    const standings = new Map<string, { id: string; status: AssessmentStatus }>(
      (await this.assessmentRows.standingsOfRound(round.id)).map((a) => [a.municipalityCode, a]),
    );
    for (const a of await this.assessmentRows.summariesOfRound(round.id, { organisationIds: [...asked] }))
      if (a.organisationId) standings.set(a.organisationId, a);
    return [
      ...municipalities.map((m) => ({
        respondent: { kind: 'municipality' as const, key: m.code },
        name: m.name,
      })),
      ...organisations.map((o) => ({
        respondent: { kind: 'organisation' as const, key: o.id },
        name: o.name,
      })),
    ].map((r) => ({ ...r, assessment: standings.get(r.respondent.key) ?? null }));
  }

  private async deliver(
    round: Round,
    row: Reminder,
    respondentName: string,
    assessmentId: string | null,
    actorId: string | null,
  ): Promise<void> {
    const comment =
      row.kind === 'returned' && assessmentId
        ? await this.assessmentRows.lastReturnComment(assessmentId)
        : null;
    const mail = reminderMail(row.kind, {
      roundTitle: round.title,
      respondentName,
      deadline: round.deadline,
      link: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/rounds/${round.id}/assessments/${row.respondentKey}`,
      comment,
    });
    try {
      await this.mailer.send({ to: row.recipients.split(','), ...mail });
    } catch (error) {
      // Not sent: give the step back, so that the next round of the schedule tries again.
      await this.transactions.run((manager) => manager.delete(Reminder, { id: row.id }));
      throw error;
    }
    row.status = 'sent';
    row.sentAt = this.clock.now();
    await this.transactions.run(async (manager) => {
      await manager.update(Reminder, { id: row.id }, { status: 'sent', sentAt: row.sentAt });
      await this.audit.record(
        {
          actorId,
          action: 'reminder.send',
          subjectType: 'round',
          subjectId: round.id,
          countyCode: round.countyCode,
          detail: {
            ...respondentDetail({ kind: kindOfKey(row.respondentKey), key: row.respondentKey }),
            step: row.step,
            kind: row.kind,
            to: row.recipients,
          },
        },
        manager,
      );
    });
  }
}
