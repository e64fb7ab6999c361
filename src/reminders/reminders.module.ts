import { UsersModule } from '../users/users.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments/assessments.module';
import { GeographyModule } from '../geography/geography.module';
import { RoundsModule } from '../rounds/rounds.module';
import { Mailer } from './mailer';
import { Reminder } from './reminder.entity';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Reminder]),
    GeographyModule,
    RoundsModule,
    UsersModule,
    AssessmentsModule,
  ],
  controllers: [RemindersController],
  providers: [Mailer, RemindersService],
  exports: [RemindersService],
})
export class RemindersModule {}
