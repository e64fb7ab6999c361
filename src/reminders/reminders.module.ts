import { UsersModule } from '../users/users.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments/assessments.module';
import { GeographyModule } from '../geography/geography.module';
import { RoundsModule } from '../rounds/rounds.module';
import { MailModule } from '../mail/mail.module';
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
    MailModule,
  ],
  controllers: [RemindersController],
  providers: [RemindersService],
  exports: [RemindersService],
})
export class RemindersModule {}
