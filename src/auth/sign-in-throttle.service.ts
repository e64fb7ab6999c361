import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { SignInThrottle } from './sign-in-throttle.entity';
import {
  afterFailure,
  secondsToWait,
  THROTTLE_MEMORY_MS,
  ThrottleLimits,
  throttleKey,
} from './sign-in-throttle';

/** The one limiter of failed sign-ins, for the API and the pages alike. */
@Injectable()
export class SignInThrottleService {
  constructor(
    @InjectRepository(SignInThrottle) private readonly rows: Repository<SignInThrottle>,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly transactions: Transactions,
  ) {}

  /** Seconds before this e-mail address may be tried again from this source address; 0: now. */
  async wait(email: string, sourceAddress: string): Promise<number> {
    const row = await this.rows.findOneBy({ key: throttleKey(email, sourceAddress) });
    return secondsToWait(row, this.clock.now());
  }

  /** Counts a failure; forgets failures no one has added to for a day. */
  async failed(email: string, sourceAddress: string): Promise<void> {
    const key = throttleKey(email, sourceAddress);
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      const repository = manager.getRepository(SignInThrottle);
      await repository.delete({ lastFailureAt: LessThan(new Date(now.getTime() - THROTTLE_MEMORY_MS)) });
      const next = afterFailure(await repository.findOneBy({ key }), now, this.limits());
      await repository.upsert({ key, ...next }, ['key']);
    });
  }

  /** A successful sign-in starts the count over. */
  async succeeded(email: string, sourceAddress: string): Promise<void> {
    await this.transactions.run((manager) =>
      manager.getRepository(SignInThrottle).delete({ key: throttleKey(email, sourceAddress) }),
    );
  }

  limits(): ThrottleLimits {
    return {
      freeFailures: this.config.LOGIN_MAX_FAILURES,
      maxDelaySeconds: this.config.LOGIN_MAX_DELAY_MINUTES * 60,
    };
  }
}
