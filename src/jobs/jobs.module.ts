import { Global, Module } from '@nestjs/common';
import { Leases } from './leases.service';

/** Leases on background work, for every module that runs some. */
@Global()
@Module({ providers: [Leases], exports: [Leases] })
export class JobsModule {}
